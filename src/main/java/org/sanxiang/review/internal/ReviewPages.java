package org.sanxiang.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CasePanel;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.internal.rules.ReviewStep.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal review in the workbench: on a case's page whether it needs review and why, its rounds and the
 * submission or dispute form; the review queue with due dates; a round's page with the frozen materials beside the
 * checklist, the reviewer's opinion form, assignment and the head's extension. A form is offered only when the
 * step's rules allow it, else the rules' reasons are shown.
 */
@Controller
class ReviewPages {

    private final ReviewService reviews;
    private final ReviewIndicators indicators;
    private final AgencyDirectory agencies;

    ReviewPages(ReviewService reviews, ReviewIndicators indicators, AgencyDirectory agencies) {
        this.reviews = reviews;
        this.indicators = indicators;
        this.agencies = agencies;
    }

    /** The case page's review section: the case's review and the user's steps with what blocks them. */
    record Panel(ReviewService.CaseReview review, Map<Step, List<Refusal>> steps, boolean actor) {
    }

    @Bean
    static CasePanel caseReviewPanel(ReviewService reviews) {
        return new CasePanel() {
            public String template() {
                return "review/case-panel";
            }

            public String fragment() {
                return "panel";
            }

            public int order() {
                return 5;
            }

            public Optional<?> model(long caseId, CurrentUser user) {
                ReviewService.CaseReview review = reviews.ofCase(user, caseId);
                if (review.criterion().isEmpty() && review.rounds().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Panel(review, review.steps(), user.agencyId() != null));
            }
        };
    }

    @Bean
    static MenuItem reviewMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "review.menu", "/workbench/reviews", 45,
                Set.of(Role.LEGAL_REVIEWER, Role.AGENCY_HEAD, Role.UNIT_HEAD, Role.OFFICER, Role.SUPERVISOR));
    }

    /** The workbench's first page: the open reviews of the user's scope, overdue first. */
    @Bean
    static WorkbenchPanel reviewQueuePanel(ReviewService reviews) {
        return new WorkbenchPanel() {
            public String template() {
                return "review/panels";
            }

            public String fragment() {
                return "queue";
            }

            public int order() {
                return 25;
            }

            public Optional<?> model(CurrentUser user) {
                if (!user.has(Role.LEGAL_REVIEWER) && !user.has(Role.AGENCY_HEAD) && !user.has(Role.SUPERVISOR)) {
                    return Optional.empty();
                }
                List<LegalReview> open = reviews.queue(user);
                long overdue = open.stream().filter(reviews::overdue).count();
                long dueSoon = open.stream().filter(reviews::dueSoon).count();
                return open.isEmpty() ? Optional.empty() : Optional.of(Map.of("open", open.size(), "overdue", overdue,
                        "dueSoon", dueSoon));
            }
        };
    }

    @GetMapping("/workbench/reviews")
    @PreAuthorize(ReviewApi.READERS)
    String queue(CurrentUser user, Model model) {
        model.addAttribute("rounds", reviews.queue(user).stream().map(r -> ReviewView.of(r, reviews))
                .toList());
        return "review/queue";
    }

    @GetMapping("/workbench/reviews/indicators")
    @PreAuthorize(ReviewApi.READERS)
    String indicators(CurrentUser user, @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("agencies", agencies.visibleTo(user));
        try {
            model.addAttribute("indicators", indicators.of(user, agencyId, from, to));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e);
        }
        return "review/indicators";
    }

    @GetMapping("/workbench/reviews/{id}")
    @PreAuthorize(ReviewApi.READERS)
    String round(CurrentUser user, @PathVariable long id, Model model) {
        LegalReview round = reviews.visible(user, id);
        model.addAttribute("round", ReviewView.of(round, reviews));
        model.addAttribute("items", Checklist.ITEMS);
        model.addAttribute("steps", reviews.roundSteps(user, round));
        model.addAttribute("reviewers", reviews.reviewers(round.getAgencyId()));
        model.addAttribute("advisers", reviews.advisers(round.getAgencyId()));
        model.addAttribute("facts", reviews.caseFacts(user, round));
        model.addAttribute("today", reviews.today());
        return "review/round";
    }

    @PostMapping("/workbench/cases/{caseId}/reviews")
    @PreAuthorize(ReviewApi.ACTORS)
    String submit(CurrentUser user, @PathVariable long caseId, @RequestParam(required = false) String statement,
            @RequestParam(defaultValue = "false") boolean pledged,
            @RequestParam(required = false) List<String> flags, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/cases/" + caseId + "#review", "reviewSubmitted", true,
                () -> reviews.submit(user, caseId, new ReviewService.Submission(statement, pledged,
                        flags == null ? Set.of() : Set.copyOf(flags))));
    }

    @PostMapping("/workbench/reviews/{id}/assignment")
    @PreAuthorize(ReviewApi.ACTORS)
    String assign(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reviewer,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/reviews/" + id, "reviewDone", "assigned",
                () -> reviews.assign(user, id, reviewer));
    }

    @PostMapping("/workbench/reviews/{id}/opinion")
    @PreAuthorize(ReviewApi.ACTORS)
    String answer(CurrentUser user, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Map<String, Checklist.Answer> checklist = new LinkedHashMap<>();
        Checklist.ITEMS.keySet().forEach(item -> {
            String holds = form.getFirst("holds-" + item);
            if (holds != null) {
                checklist.put(item, new Checklist.Answer("yes".equals(holds), form.getFirst("note-" + item)));
            }
        });
        List<ReviewService.Consultation> consulted = new ArrayList<>();
        String adviser = form.getFirst("adviser");
        if (adviser != null && !adviser.isBlank()) {
            consulted.add(new ReviewService.Consultation(adviser, form.getFirst("adviserOpinion")));
        }
        return PageCommand.run(redirect, "/workbench/reviews/" + id, "reviewDone", "answered",
                () -> reviews.answer(user, id, new ReviewService.Opinion(form.getFirst("opinion"),
                        form.getFirst("text"), checklist, consulted)));
    }

    @PostMapping("/workbench/reviews/{id}/dispute")
    @PreAuthorize(ReviewApi.ACTORS)
    String dispute(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/reviews/" + id, "reviewDone", "disputed",
                () -> reviews.dispute(user, id, reason));
    }

    @PostMapping("/workbench/reviews/{id}/recusal")
    @PreAuthorize(ReviewApi.ACTORS)
    String recuse(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/reviews/" + id, "reviewDone", "recused",
                () -> reviews.recuse(user, id, reason));
    }

    @PostMapping("/workbench/reviews/{id}/extension")
    @PreAuthorize(ReviewApi.ACTORS)
    String extend(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/reviews/" + id, "reviewDone", "extended",
                () -> reviews.extend(user, id, days, reason));
    }
}
