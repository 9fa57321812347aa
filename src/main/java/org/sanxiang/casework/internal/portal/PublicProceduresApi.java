package org.sanxiang.casework.internal.portal;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The procedures and their flowcharts for anyone (API-CONTRACT "Cases and procedures"). */
@RestController
@RequestMapping("/api/v1/public/procedures")
class PublicProceduresApi {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml;charset=UTF-8");

    private final ProcedureGuides guides;

    PublicProceduresApi(ProcedureGuides guides) {
        this.guides = guides;
    }

    @GetMapping
    List<ProcedureGuide> procedures() {
        return guides.all();
    }

    /** The 执法流程图 generated from the state machine the code enforces. */
    @GetMapping("/{procedure}/flowchart.svg")
    ResponseEntity<String> flowchart(@PathVariable String procedure) {
        return ResponseEntity.ok().contentType(SVG).body(guides.flowchart(guides.procedure(procedure)));
    }
}
