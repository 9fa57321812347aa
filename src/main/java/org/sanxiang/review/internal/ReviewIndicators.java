package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.CaseFiles;
import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.catalog.MajorDecisionCriteria.Draft;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.registry.ReviewerIndicator;
import org.sanxiang.registry.ReviewerIndicators;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.rules.DraftDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an agency's legal review did in a period, for its heads and the supervisors above it: reviews done, passed in
 * the first round, returned, how long they took in working days (average and 90th percentile), how many missed the
 * time limit; the share of its major decisions (a penalty decided, a coercive measure approved) made after a review (行政处罚法 第五十八条: every one, 100 %); and
 * its legal reviewers ÷ officers (indicator {@code legal-reviewer-ratio}, 5 % in the seeds).
 */
@Service
@Transactional(readOnly = true)
public class ReviewIndicators {

    /** Longest period asked at once: a year and a day, as the annual report needs. */
    static final int MAX_PERIOD_DAYS = 366;

    private final LegalReviewRepository reviews;
    private final CaseFiles cases;
    private final MajorDecisionCriteria criteria;
    private final ReviewerIndicators reviewers;
    private final AgencyScope scope;
    private final AgencyDirectory agencies;
    private final WorkingDayCalendar calendar;
    private final ReviewService service;

    ReviewIndicators(LegalReviewRepository reviews, CaseFiles cases, MajorDecisionCriteria criteria,
            ReviewerIndicators reviewers, AgencyScope scope, AgencyDirectory agencies, WorkingDayCalendar calendar,
            ReviewService service) {
        this.reviews = reviews;
        this.cases = cases;
        this.criteria = criteria;
        this.reviewers = reviewers;
        this.scope = scope;
        this.agencies = agencies;
        this.calendar = calendar;
        this.service = service;
    }

    /**
     * @param submitted        rounds submitted in the period
     * @param answered         rounds answered in the period (reviews done)
     * @param firstRounds      first rounds answered in the period; {@code passedFirstTime} of them passed
     * @param averageDays      working days from submission to opinion, answered rounds; null without any
     * @param overdue          answered after their due date, or still pending past it
     * @param majorDecisions   decisions made in the period that met a criterion of the list then in force
     * @param reviewedShare    percent of those made after a passed review or the heads' collective discussion
     */
    public record Indicators(long agencyId, String agencyName, LocalDate from, LocalDate to, long submitted,
            long answered, long passed, long returned, long transferAdvised, long firstRounds, long passedFirstTime,
            BigDecimal averageDays, Integer p90Days, long overdue, long open, long majorDecisions,
            long majorDecisionsReviewed, BigDecimal reviewedShare, ReviewerIndicator reviewers) {
    }

    /** Defaults: the user's own agency, from the first of January to today. */
    public Indicators of(CurrentUser user, Long agency, LocalDate first, LocalDate last) {
        if (agency == null && user.agencyId() == null) {
            throw new InvalidInputException("请选择执法主体", "Choose the agency");
        }
        long agencyId = agency == null ? user.agencyId() : agency;
        LocalDate to = last == null ? service.today() : last;
        LocalDate from = first == null ? to.withDayOfYear(1) : first;
        if (!scope.canSee(user, agencyId)) {
            throw new NotFoundException("没有该执法主体", "No such agency");
        }
        if (to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new InvalidInputException("统计期间须从起始日到截止日，最长" + MAX_PERIOD_DAYS + "天",
                    "The period runs from its first to its last day, " + MAX_PERIOD_DAYS + " days at most");
        }
        List<LegalReview> rounds = reviews.findByAgencyIdOrderByIdAsc(agencyId);
        List<LegalReview> answered = rounds.stream().filter(r -> within(r.getOpinionAt(), from, to)).toList();
        List<Integer> days = answered.stream().map(r -> calendar.estimateWorkingDaysBetween(day(r.getSubmittedAt()),
                day(r.getOpinionAt())).value()).sorted().toList();
        LocalDate asOf = service.today().isBefore(to) ? service.today() : to;
        long overdue = answered.stream().filter(r -> day(r.getOpinionAt()).isAfter(r.getDueOn())).count()
                + rounds.stream().filter(r -> r.getStatus() == ReviewStatus.PENDING && !day(r.getSubmittedAt())
                        .isAfter(to) && asOf.isAfter(r.getDueOn())).count();
        List<LegalReview> firsts = answered.stream().filter(r -> r.getRound() == 1).toList();
        List<CaseFile> major = cases.taking(user, agencyId, ReviewStandingFacts.DECISIONS, from, to).stream()
                .filter(this::major).toList();
        long reviewed = major.stream().filter(c -> reviewedBeforeDecision(c.facts(), rounds)).count();
        return new Indicators(agencyId, agencies.name(agencyId).orElse(""), from, to,
                rounds.stream().filter(r -> within(r.getSubmittedAt(), from, to)).count(), answered.size(),
                count(answered, "AGREE"), count(answered, "PROBLEMS"), count(answered, "TRANSFER"), firsts.size(),
                count(firsts, "AGREE"), days.isEmpty() ? null : BigDecimal.valueOf(days.stream()
                        .mapToInt(Integer::intValue).sum()).divide(BigDecimal.valueOf(days.size()), 1,
                                RoundingMode.HALF_UP),
                days.isEmpty() ? null : days.get((int) Math.ceil(0.9 * days.size()) - 1), overdue,
                rounds.stream().filter(r -> r.getStatus() == ReviewStatus.PENDING).count(), major.size(), reviewed,
                major.isEmpty() ? null : BigDecimal.valueOf(100L * reviewed).divide(BigDecimal.valueOf(major.size()),
                        1, RoundingMode.HALF_UP), reviewers.indicator(agencyId));
    }

    /** Whether the decision met a criterion of the list in force on the day it was made. */
    private boolean major(CaseFile kase) {
        CaseFacts.TakenStep decision = decision(kase.facts());
        LocalDate on = day(decision.at());
        Set<String> flags = reviews.findFirstByCaseIdOrderByRoundDesc(kase.id()).map(LegalReview::flagSet)
                .orElse(Set.of());
        Draft draft = DraftDecisions.of(kase.procedure(), kase.facts(), decision.record(), flags);
        return criteria.inForce(kase.agencyId(), on).stream().anyMatch(c -> c.metBy(draft));
    }

    /** A round passed, advised the transfer, or was disputed and then discussed, before the decision. */
    private static boolean reviewedBeforeDecision(CaseFacts kase, List<LegalReview> rounds) {
        Instant decided = decision(kase).at();
        Optional<LegalReview> last = rounds.stream().filter(r -> r.getCaseId() == kase.id()
                && r.getSubmittedAt().isBefore(decided)).reduce((a, b) -> b);
        return last.filter(r -> r.getOpinionAt() != null && r.getOpinionAt().isBefore(decided))
                .filter(r -> r.getStatus() == ReviewStatus.PASSED || r.getStatus() == ReviewStatus.TRANSFER_ADVISED
                        || (r.getStatus() == ReviewStatus.DISPUTED
                                && ReviewStandingFacts.discussedBetween(kase, r.getDisputedAt(), decided)))
                .isPresent();
    }

    private static CaseFacts.TakenStep decision(CaseFacts kase) {
        return kase.steps().stream().filter(s -> ReviewStandingFacts.DECISIONS.contains(s.transition()))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static long count(List<LegalReview> rounds, String opinion) {
        return rounds.stream().filter(r -> opinion.equals(r.getOpinion())).count();
    }

    private static boolean within(Instant at, LocalDate from, LocalDate to) {
        return at != null && !day(at).isBefore(from) && !day(at).isAfter(to);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ChinaTime.ZONE);
    }
}
