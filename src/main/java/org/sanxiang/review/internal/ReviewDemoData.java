package org.sanxiang.review.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sanxiang.casework.CaseFiles;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.review.internal.ReviewService.Opinion;
import org.sanxiang.review.internal.ReviewService.Submission;
import org.sanxiang.review.internal.rules.ReviewStep.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Legal reviews of the demo bureaus' major cases that await their decision, after the casework demo: pending and
 * unassigned, returned, passed, disputed for the heads' collective discussion, in turn, each taken by the bureau's
 * demo officer and reviewer through the review's commands today (the major-decision lists take effect the day the
 * demo loads).
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo", havingValue = "true")
@Profile("!prod")
@Order(50)
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    /** Each demo bureau with the usernames of its officer and its legal reviewer. */
    private static final Map<String, String[]> BUREAUS = Map.of("衡阳市市场监督管理局", new String[] {"officer", "reviewer"},
            "衡阳县市场监督管理局", new String[] {"county-officer", "county-reviewer"});

    private record Major(long caseId, CurrentUser officer, CurrentUser reviewer) {
    }

    private final ReviewService reviews;
    private final LegalReviewRepository stored;
    private final CaseFiles cases;
    private final AgencyDirectory agencies;
    private final TransactionTemplate tx;

    ReviewDemoData(ReviewService reviews, LegalReviewRepository stored, CaseFiles cases, AgencyDirectory agencies,
            TransactionTemplate tx) {
        this.reviews = reviews;
        this.stored = stored;
        this.cases = cases;
        this.agencies = agencies;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (stored.count() > 0) {
            log.info("Demo reviews not loaded: there are reviews already");
            return;
        }
        List<Major> majors = new ArrayList<>();
        for (AgencyDirectory.Agency agency : agencies.all()) {
            String[] staff = BUREAUS.get(agency.name());
            if (staff != null) {
                CurrentUser officer = new CurrentUser(0, staff[0], staff[0], agency.id(), EnumSet.of(Role.OFFICER));
                CurrentUser reviewer = new CurrentUser(0, staff[1], staff[1], agency.id(),
                        EnumSet.of(Role.LEGAL_REVIEWER));
                tx.executeWithoutResult(s -> cases.inStates(agency.id(), ReviewService.BEFORE_DECISION).stream()
                        .filter(id -> reviews.ofCase(officer, id).steps().get(Step.SUBMIT).isEmpty())
                        .forEach(id -> majors.add(new Major(id, officer, reviewer))));
            }
        }
        List<Consumer<Major>> stories = List.of(
                m -> submit(m.officer(), m.caseId(), "违法事实清楚，证据确凿，拟按告知的处罚作出决定"),
                m -> answer(m.reviewer(), submit(m.officer(), m.caseId(), "拟按告知的处罚作出决定"), "PROBLEMS",
                        "未说明适用裁量基准的理由，请补充后重新报送"),
                m -> answer(m.reviewer(), submit(m.officer(), m.caseId(), "违法事实清楚，证据确凿，拟作出决定"), "AGREE",
                        "同意承办机构意见"),
                m -> reviews.dispute(m.officer(), answer(m.reviewer(), submit(m.officer(), m.caseId(),
                        "拟按告知的处罚作出决定"), "PROBLEMS", "建议减轻处罚").getId(), "当事人系再次违法，不具备减轻处罚情节"));
        List<Long> loaded = new ArrayList<>();
        for (int i = 0; i < majors.size(); i++) {
            Major major = majors.get(i);
            Consumer<Major> story = stories.get(i % stories.size());
            try {
                tx.executeWithoutResult(s -> story.accept(major));
                loaded.add(major.caseId());
            } catch (RuntimeException e) {
                log.warn("Demo review of case {} not loaded: {}", major.caseId(), e.getMessage());
            }
        }
        log.info("Demo reviews: cases {} of {} awaiting a major decision", loaded, majors.size());
    }

    private LegalReview submit(CurrentUser officer, long caseId, String statement) {
        return reviews.submit(officer, caseId, new Submission(statement, true, Set.of()));
    }

    private LegalReview answer(CurrentUser reviewer, LegalReview round, String opinion, String text) {
        reviews.assign(reviewer, round.getId(), reviewer.username());
        Map<String, Checklist.Answer> checklist = new LinkedHashMap<>();
        Checklist.ITEMS.keySet().forEach(item -> checklist.put(item, "PROBLEMS".equals(opinion)
                && item.equals("discretion") ? new Checklist.Answer(false, text) : new Checklist.Answer(true, "符合")));
        List<ReviewService.Consultation> consulted = reviews.advisers(round.getAgencyId()).stream().limit(1)
                .map(a -> new ReviewService.Consultation(a.name(), "同意审核意见")).toList();
        return reviews.answer(reviewer, round.getId(), new Opinion(opinion, text, checklist, consulted));
    }
}
