package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.casework.Procedure;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over the API (../API-CONTRACT "Cases and procedures"): open one, list them, read one with what it may do
 * next and why not, take a step. Who may take which step is the step's rules' business; reading is for the
 * agency's enforcement staff and the supervisors above it, within their scope.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

    static final String READERS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')";
    static final String ACTORS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD')";

    private final CaseService cases;
    private final CaseQueries queries;

    CaseApi(CaseService cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    /** What a case is opened with: its procedure, party (a party of the agency), domain and its first step's record. */
    record OpenRequest(String procedure, String step, Long partyId, String domain, String title, Long unitId,
            Long relatedCaseId, Map<String, Object> record) {
    }

    /** Officers open cases: every procedure's first step is theirs. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<CaseView> open(CurrentUser user, @RequestBody OpenRequest request) {
        Procedure procedure = Procedure.ofPath(request.procedure() == null ? "" : request.procedure())
                .orElseThrow(() -> new InvalidInputException("程序须为 general-penalty、summary-penalty、"
                        + "coercive-measure 或 inspection", "procedure is general-penalty, summary-penalty, "
                        + "coercive-measure or inspection"));
        CaseView opened = cases.openAndView(user, new CaseService.Opening(procedure, request.step(), request.partyId(),
                request.domain(), request.title(), request.unitId(), request.relatedCaseId(),
                request.record() == null ? Map.of() : request.record()));
        return ResponseEntity.status(HttpStatus.CREATED).body(opened);
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResult<CaseView.Summary> list(CurrentUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long officer, @RequestParam(required = false) Long party,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) Long agency,
            @RequestParam(required = false) LocalDate openedFrom, @RequestParam(required = false) LocalDate openedTo,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Procedure p = procedure == null || procedure.isBlank() ? null : Procedure.ofPath(procedure).orElseThrow(
                () -> new InvalidInputException("没有程序 " + procedure, "No procedure " + procedure));
        CaseQueries.Filter filter = new CaseQueries.Filter(agency, state, p, overdue, officer, party, unit,
                openedFrom, openedTo, q, mine);
        LocalDate today = cases.today();
        return PageResult.of(PageResult.clamped(pageable -> queries.list(user, filter, today, pageable), page, size),
                kase -> CaseView.Summary.of(kase, today));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    CaseView one(CurrentUser user, @PathVariable long id) {
        return cases.view(user, cases.visible(user, id));
    }

    @PostMapping("/{id}/transitions/{name}")
    @PreAuthorize(ACTORS)
    CaseView take(CurrentUser user, @PathVariable long id, @PathVariable String name,
            @RequestBody(required = false) Map<String, Object> record) {
        return cases.takeAndView(user, id, name, record == null ? Map.of() : record);
    }
}
