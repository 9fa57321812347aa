package org.sanxiang.review.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal review over the API: a case's review (whether it is major and why, its rounds, what may be done now),
 * submission, the queue, a round with its frozen materials, and the reviewer's and the heads' steps. Who takes which
 * step is the rules' business (a refusal names its rule); reading is for the agency's staff and supervisors in scope.
 */
@RestController
class ReviewApi {

    static final String READERS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')";
    static final String ACTORS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER')";

    private final ReviewService reviews;
    private final ReviewIndicators indicators;

    ReviewApi(ReviewService reviews, ReviewIndicators indicators) {
        this.reviews = reviews;
        this.indicators = indicators;
    }

    record SubmitRequest(String statement, Boolean pledged, Set<String> flags) {
    }

    record AssignRequest(String reviewer) {
    }

    record OpinionRequest(String opinion, String text, Map<String, Checklist.Answer> checklist,
            List<ReviewService.Consultation> consultations) {
    }

    record ReasonRequest(String reason, Integer days) {
    }

    @GetMapping("/api/v1/cases/{caseId}/review")
    @PreAuthorize(READERS)
    ReviewView.OfCase ofCase(CurrentUser user, @PathVariable long caseId) {
        ReviewService.CaseReview review = reviews.ofCase(user, caseId);
        Map<String, List<Refusal>> steps = new LinkedHashMap<>();
        review.steps().forEach((step, refusals) -> steps.put(step.name().toLowerCase(), refusals));
        List<String> changes = review.rounds().isEmpty() ? List.of()
                : review.standing().changesSince(review.rounds().get(review.rounds().size() - 1).standing());
        return new ReviewView.OfCase(caseId, review.caseNumber(), review.criterion().isPresent(),
                review.criterion().orElse(null), review.rounds().stream().map(this::view).toList(), steps, changes,
                review.responsibility());
    }

    @PostMapping("/api/v1/cases/{caseId}/reviews")
    @PreAuthorize(ACTORS)
    ResponseEntity<ReviewView> submit(CurrentUser user, @PathVariable long caseId,
            @RequestBody(required = false) SubmitRequest body) {
        SubmitRequest request = body == null ? new SubmitRequest(null, null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reviews.submit(user, caseId,
                new ReviewService.Submission(request.statement(), Boolean.TRUE.equals(request.pledged()),
                        request.flags()))));
    }

    @GetMapping("/api/v1/reviews")
    @PreAuthorize(READERS)
    List<ReviewView> queue(CurrentUser user) {
        return reviews.queue(user).stream().map(this::view).toList();
    }

    /** The agency's review indicators for a period (defaults: the user's agency, this year to date). */
    @GetMapping("/api/v1/reviews/indicators")
    @PreAuthorize(READERS)
    ReviewIndicators.Indicators indicators(CurrentUser user, @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return indicators.of(user, agencyId, from, to);
    }

    @GetMapping("/api/v1/reviews/{id}")
    @PreAuthorize(READERS)
    ReviewView one(CurrentUser user, @PathVariable long id) {
        return view(reviews.visible(user, id));
    }

    @PostMapping("/api/v1/reviews/{id}/assignment")
    @PreAuthorize(ACTORS)
    ReviewView assign(CurrentUser user, @PathVariable long id, @RequestBody(required = false) AssignRequest body) {
        return view(reviews.assign(user, id, body == null ? null : body.reviewer()));
    }

    @PostMapping("/api/v1/reviews/{id}/opinion")
    @PreAuthorize(ACTORS)
    ReviewView answer(CurrentUser user, @PathVariable long id, @RequestBody(required = false) OpinionRequest body) {
        if (body == null) {
            throw new InvalidInputException("请提交审核意见", "The opinion is required");
        }
        return view(reviews.answer(user, id, new ReviewService.Opinion(body.opinion(), body.text(), body.checklist(),
                body.consultations())));
    }

    @PostMapping("/api/v1/reviews/{id}/dispute")
    @PreAuthorize(ACTORS)
    ReviewView dispute(CurrentUser user, @PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        return view(reviews.dispute(user, id, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/reviews/{id}/recusal")
    @PreAuthorize(ACTORS)
    ReviewView recuse(CurrentUser user, @PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        return view(reviews.recuse(user, id, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/reviews/{id}/extension")
    @PreAuthorize(ACTORS)
    ReviewView extend(CurrentUser user, @PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        return view(reviews.extend(user, id, body == null ? null : body.days(), body == null ? null : body.reason()));
    }

    private ReviewView view(LegalReview round) {
        return ReviewView.of(round, reviews);
    }
}
