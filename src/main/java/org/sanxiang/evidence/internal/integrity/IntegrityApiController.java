package org.sanxiang.evidence.internal.integrity;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A run covers every branch's objects and names the store: platform administrators only. The alerts about
 * evidence are for the administrators and supervisors of its scope.
 */
@RestController
@RequestMapping("/api/v1/evidence/integrity")
@Tag(name = "evidence integrity", description = "re-hash every stored evidence file and report mismatches")
class IntegrityApiController {

    private final IntegrityCheck check;
    private final IntegrityRepository runs;

    IntegrityApiController(IntegrityCheck check, IntegrityRepository runs) {
        this.check = check;
        this.runs = runs;
    }

    @GetMapping("/alerts")
    @PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
    @Operation(summary = "The evidence within the caller's scope whose content the latest check found changed, missing "
            + "or unreadable and no later check has found intact, newest first")
    List<IntegrityAlert> alerts(CurrentUser user) {
        return check.openAlerts(user);
    }

    @PostMapping("/runs")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a re-hash of every stored object now (runs in the background)")
    Map<String, Long> start() {
        return Map.of("id", check.start(CurrentUser.actor()));
    }

    @GetMapping("/runs/latest")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    @Operation(summary = "The latest run with its findings")
    IntegrityRun latest() {
        return check.latest().orElseThrow(() -> new NotFoundException("尚未进行完整性校验", "no integrity run yet"));
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    @Operation(summary = "One run with its findings")
    IntegrityRun one(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("校验记录不存在", "no such integrity run"));
    }
}
