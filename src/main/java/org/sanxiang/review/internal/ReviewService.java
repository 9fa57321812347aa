package org.sanxiang.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.CaseFiles;
import org.sanxiang.casework.StepValues;
import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.catalog.MajorDecisionCriteria.Draft;
import org.sanxiang.document.CaseDocuments;
import org.sanxiang.document.GeneratedDocuments;
import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.AccountRoles;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.LegalAdvisers;
import org.sanxiang.review.ReviewEvent;
import org.sanxiang.review.ReviewStanding;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.rules.DraftDecisions;
import org.sanxiang.review.internal.rules.ReviewRules;
import org.sanxiang.review.internal.rules.ReviewStep;
import org.sanxiang.review.internal.rules.ReviewStep.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review's commands: submit a case (its materials frozen), assign a reviewer, answer, dispute, extend. Each
 * applies its step's rules (every refusal at once), changes the round and publishes the typed event that is its
 * ledger entry, in one transaction. A step is taken only by a user of the case's agency; others in scope read.
 */
@Service
@Transactional
public class ReviewService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int WARNING_DAYS = 2;
    /** The states a decision is still to be made from: a general-procedure case, a coercive measure proposed. */
    static final Set<String> BEFORE_DECISION = Set.of("INVESTIGATED", "CASE_REVIEWED", "NOTIFIED",
            "HEARING_REQUESTED", "HEARING_SCHEDULED", "HEARD", "DISCUSSED", "PROPOSED");

    private final LegalReviewRepository reviews;
    private final CaseFiles cases;
    private final MajorDecisionCriteria criteria;
    private final ReviewStandingFacts standings;
    private final ReviewRules rules;
    private final AccountRoles accounts;
    private final AccountNames names;
    private final GeneratedDocuments generated;
    private final LegalAdvisers advisers;
    private final AgencyScope scope;
    private final AgencyDirectory agencies;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(LegalReviewRepository reviews, CaseFiles cases, MajorDecisionCriteria criteria,
            ReviewStandingFacts standings, ReviewRules rules, AccountRoles accounts, AccountNames names,
            GeneratedDocuments generated, LegalAdvisers advisers, AgencyScope scope, AgencyDirectory agencies,
            WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.criteria = criteria;
        this.standings = standings;
        this.rules = rules;
        this.accounts = accounts;
        this.names = names;
        this.generated = generated;
        this.advisers = advisers;
        this.scope = scope;
        this.agencies = agencies;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** What the handling unit sends: the case stated, the materials declared true, the circumstances it marks. */
    public record Submission(String statement, boolean pledged, Set<String> flags) {
    }

    /** The reviewer's answer: 同意 (AGREE), 存在问题 (PROBLEMS) or 建议移送 (TRANSFER), every checklist item, advisers. */
    public record Opinion(String opinion, String text, Map<String, Checklist.Answer> checklist,
            List<Consultation> consultations) {
    }

    /** A legal adviser's or public lawyer's written opinion the reviewer consulted (000 §三5). */
    public record Consultation(String adviser, String opinion) {
    }

    /** Whether the case's draft decision needs review and why, with its rounds and what the user may do now. */
    public record CaseReview(long caseId, String caseNumber, Optional<Criterion> criterion, List<LegalReview> rounds,
            ReviewStanding standing, Map<Step, List<Refusal>> steps, List<ResponsibilityChain.Link> responsibility) {
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    @Transactional(readOnly = true)
    public CaseReview ofCase(CurrentUser user, long caseId) {
        CaseFile kase = cases.read(user, caseId);
        ReviewStanding standing = standings.of(kase.facts(), today());
        Optional<LegalReview> latest = reviews.findFirstByCaseIdOrderByRoundDesc(caseId);
        Map<Step, List<Refusal>> steps = new LinkedHashMap<>();
        steps.put(Step.SUBMIT, rules.refusals(submitStep(user, kase, standing, latest, new Submission("…", true,
                latest.map(LegalReview::flagSet).orElse(Set.of())))));
        latest.ifPresent(round -> {
            steps.put(Step.DISPUTE, rules.refusals(step(Step.DISPUTE, user, round, kase, "…")));
            steps.put(Step.EXTEND, rules.refusals(extendStep(user, round, kase, 1, "…")));
        });
        List<LegalReview> rounds = reviews.findByCaseIdOrderByRound(caseId);
        return new CaseReview(caseId, kase.number(), criterion(kase, standing, latest.map(LegalReview::flagSet)
                .orElse(Set.of())), rounds, standing, steps, ResponsibilityChain.of(kase.facts(), rounds,
                names.named(ResponsibilityChain.usernames(kase.facts(), rounds))));
    }

    public LegalReview submit(CurrentUser user, long caseId, Submission submission) {
        CaseFile kase = cases.read(user, caseId);
        requireOwnAgency(user, kase.agencyId());
        Set<String> flags = flags(submission.flags());
        ReviewStanding standing = standings.of(kase.facts(), today());
        Optional<LegalReview> latest = reviews.findFirstByCaseIdOrderByRoundDesc(caseId);
        rules.require(submitStep(user, kase, standing, latest, new Submission(submission.statement(),
                submission.pledged(), flags)));
        Criterion criterion = criterion(kase, standing, flags).orElseThrow();
        Draft draft = DraftDecisions.of(kase.procedure(), kase.facts(), StepValues.NONE, flags);
        Map<String, Object> drafted = new LinkedHashMap<>();
        drafted.put("outcome", draft.outcome());
        drafted.put("penalty", draft.penalty());
        drafted.put("fine", draft.amount() == null ? null : draft.amount().toPlainString());
        String snapshot = Materials.snapshot(kase.facts(), standings.materials(caseId), drafted);
        LocalDate today = today();
        LegalReview round = new LegalReview(kase.agencyId(), caseId, kase.number(),
                latest.map(LegalReview::getRound).orElse(0) + 1, criterion, flags,
                new LegalReview.Draft(draft.outcome(), draft.penalty(), draft.amount()),
                submission.statement().strip(), user.username(), clock.instant(), calendar.estimateAddWorkingDays(
                        today, rules.days(agencyCode(kase.agencyId()))).value(), snapshot,
                Materials.sha256(snapshot));
        reviews.save(round);
        events.publishEvent(new ReviewEvent.Submitted(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    public LegalReview assign(CurrentUser user, long reviewId, String reviewer) {
        LegalReview round = actionable(user, reviewId);
        CaseFile kase = cases.read(user, round.getCaseId());
        String assignee = reviewer == null ? "" : reviewer.strip();
        boolean isReviewer = accounts.withRole(round.getAgencyId(), Role.LEGAL_REVIEWER).stream()
                .anyMatch(a -> a.username().equals(assignee));
        rules.require(new ReviewStep(Step.ASSIGN, user, round.getStatus(), true, false, false, handlers(kase, round),
                round.getReviewer(), assignee, isReviewer, false, null, null, Map.of(), null, false));
        round.assign(assignee, user.username(), clock.instant());
        events.publishEvent(new ReviewEvent.Assigned(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    public LegalReview answer(CurrentUser user, long reviewId, Opinion opinion) {
        LegalReview round = actionable(user, reviewId);
        Map<String, Checklist.Answer> checklist = opinion.checklist() == null ? Map.of() : opinion.checklist();
        unknownItems(checklist);
        rules.require(new ReviewStep(Step.OPINION, user, round.getStatus(), true, false, false, Set.of(),
                round.getReviewer(), null, false, false, opinion.text(), opinion.opinion(), checklist, null, false));
        ReviewStatus status = switch (opinion.opinion()) {
            case "AGREE" -> ReviewStatus.PASSED;
            case "TRANSFER" -> ReviewStatus.TRANSFER_ADVISED;
            default -> ReviewStatus.RETURNED;
        };
        List<Consultation> consulted = opinion.consultations() == null ? List.of() : opinion.consultations();
        List<String> registered = advisers.of(round.getAgencyId()).stream().map(LegalAdvisers.Adviser::name).toList();
        for (Consultation c : consulted) {
            if (c.adviser() == null || c.adviser().isBlank() || c.opinion() == null || c.opinion().isBlank()) {
                throw new InvalidInputException("咨询意见须写明法律顾问或公职律师的姓名和书面意见",
                        "A consultation names the adviser and gives the written opinion");
            }
            if (!registered.contains(c.adviser().strip())) {
                throw new InvalidInputException("“" + c.adviser().strip() + "”不是本机关登记在岗的法律顾问或公职律师（"
                        + (registered.isEmpty() ? "本机关尚未登记" : "可选：" + String.join("、", registered)) + "）",
                        "'" + c.adviser().strip() + "' is not a legal adviser or public lawyer the agency registered");
            }
        }
        Map<String, Checklist.Answer> ordered = new LinkedHashMap<>();
        Checklist.ITEMS.keySet().forEach(k -> ordered.put(k, checklist.get(k)));
        String text = opinion.text() == null ? null : opinion.text().strip();
        CaseDocuments.InForce written = generated.issue(user, round.getCaseId(), OpinionDocument.TEMPLATE,
                OpinionDocument.fields(round, status, ordered, consulted, text, names.named(List.of(
                        round.getSubmittedBy(), round.getReviewer())), today()));
        round.answer(status, opinion.opinion(), text, JSON.writeValueAsString(ordered),
                JSON.writeValueAsString(consulted), clock.instant(), written.id());
        events.publishEvent(new ReviewEvent.Answered(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    public LegalReview dispute(CurrentUser user, long reviewId, String reason) {
        LegalReview round = latestOnly(actionable(user, reviewId));
        CaseFile kase = cases.read(user, round.getCaseId());
        rules.require(step(Step.DISPUTE, user, round, kase, reason));
        round.dispute(reason.strip(), user.username(), clock.instant());
        events.publishEvent(new ReviewEvent.Disputed(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    /** 回避: the legal reviewer withdraws from a pending round, stating why. */
    public LegalReview recuse(CurrentUser user, long reviewId, String reason) {
        LegalReview round = actionable(user, reviewId);
        CaseFile kase = cases.read(user, round.getCaseId());
        rules.require(step(Step.RECUSE, user, round, kase, reason));
        round.recuse(user.username(), reason.strip());
        events.publishEvent(new ReviewEvent.Recused(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    public LegalReview extend(CurrentUser user, long reviewId, Integer days, String reason) {
        LegalReview round = actionable(user, reviewId);
        CaseFile kase = cases.read(user, round.getCaseId());
        rules.require(extendStep(user, round, kase, days, reason));
        round.extend(days, calendar.estimateAddWorkingDays(round.getDueOn(), days).value(), reason.strip(),
                user.username(), clock.instant());
        events.publishEvent(new ReviewEvent.Extended(round.getId(), round.getAgencyId(), round.facts()));
        return round;
    }

    /** The round's steps (assign, answer, dispute, extend) with what their rules would refuse this user now. */
    @Transactional(readOnly = true)
    public Map<Step, List<Refusal>> roundSteps(CurrentUser user, LegalReview round) {
        Map<Step, List<Refusal>> steps = new LinkedHashMap<>();
        if (user.agencyId() == null || user.agencyId() != round.getAgencyId()) {
            return steps;
        }
        CaseFile kase = cases.read(user, round.getCaseId());
        boolean latest = reviews.findFirstByCaseIdOrderByRoundDesc(round.getCaseId()).map(LegalReview::getId)
                .filter(id -> id.equals(round.getId())).isPresent();
        steps.put(Step.ASSIGN, rules.refusals(new ReviewStep(Step.ASSIGN, user, round.getStatus(), true, false, false,
                Set.of(), round.getReviewer(), user.username(), true, false, null, null, Map.of(), null, false)));
        steps.put(Step.OPINION, rules.refusals(new ReviewStep(Step.OPINION, user, round.getStatus(), true, false,
                false, Set.of(), round.getReviewer(), null, false, false, "…", "PROBLEMS", allAnswered(), null,
                false)));
        if (latest) {
            steps.put(Step.DISPUTE, rules.refusals(step(Step.DISPUTE, user, round, kase, "…")));
        }
        steps.put(Step.EXTEND, rules.refusals(extendStep(user, round, kase, 1, "…")));
        steps.put(Step.RECUSE, rules.refusals(step(Step.RECUSE, user, round, kase, "…")));
        return steps;
    }

    /**
     * The case as it stands, for what the reviewer checks beside the frozen materials: its officers' credentials
     * against the registry and its time limits as the case recorded them (checklist items "officers", "procedure").
     */
    @Transactional(readOnly = true)
    public CaseFacts caseFacts(CurrentUser user, LegalReview round) {
        return cases.read(user, round.getCaseId()).facts();
    }

    /** The agency's legal advisers and public lawyers, for the consultation's choice. */
    @Transactional(readOnly = true)
    public List<LegalAdvisers.Adviser> advisers(long agencyId) {
        return advisers.of(agencyId);
    }

    /** The agency's legal reviewers, for the assignment's choice. */
    @Transactional(readOnly = true)
    public List<AccountNames.Named> reviewers(long agencyId) {
        return accounts.withRole(agencyId, Role.LEGAL_REVIEWER);
    }

    private static Map<String, Checklist.Answer> allAnswered() {
        Map<String, Checklist.Answer> answers = new LinkedHashMap<>();
        Checklist.ITEMS.keySet().forEach(k -> answers.put(k, new Checklist.Answer(true, null)));
        return answers;
    }

    /** The open rounds (pending, disputed) of the agencies the user sees, soonest due first: the review queue. */
    @Transactional(readOnly = true)
    public List<LegalReview> queue(CurrentUser user) {
        var visible = scope.visibleTo(user);
        if (visible.isAll() || visible.isEmpty()) {
            return visible.isEmpty() ? List.of() : reviews.findAll().stream().filter(r -> open(r.getStatus()))
                    .sorted(Comparator.comparing(LegalReview::getDueOn)).toList();
        }
        return reviews.findByAgencyIdInAndStatusInOrderByDueOnAscIdAsc(visible.ids(),
                List.of(ReviewStatus.PENDING, ReviewStatus.DISPUTED));
    }

    @Transactional(readOnly = true)
    public LegalReview visible(CurrentUser user, long reviewId) {
        LegalReview round = reviews.findById(reviewId)
                .orElseThrow(() -> new NotFoundException("没有该法制审核", "No such review"));
        if (!scope.canSee(user, round.getAgencyId())) {
            throw new NotFoundException("没有该法制审核", "No such review");
        }
        return round;
    }

    /** Whether a round is past its due date and still awaits the opinion. */
    public boolean overdue(LegalReview round) {
        return round.getStatus() == ReviewStatus.PENDING && today().isAfter(round.getDueOn());
    }

    /** What this round's materials changed against the round before it; empty for the first. */
    @Transactional(readOnly = true)
    public List<String> changesFromPrevious(LegalReview round) {
        return reviews.findByCaseIdAndRound(round.getCaseId(), round.getRound() - 1)
                .map(previous -> MaterialsDiff.between(previous, round)).orElse(List.of());
    }

    /**
     * Whether a pending round's due date is at most {@link #WARNING_DAYS} working days away: the queue and the
     * workbench warn before the time limit runs out (the issue's "warnings before it expires").
     */
    public boolean dueSoon(LegalReview round) {
        return round.getStatus() == ReviewStatus.PENDING && !overdue(round)
                && calendar.estimateWorkingDaysBetween(today(), round.getDueOn()).value() <= WARNING_DAYS;
    }

    private static boolean open(ReviewStatus status) {
        return status == ReviewStatus.PENDING || status == ReviewStatus.DISPUTED;
    }

    private LegalReview actionable(CurrentUser user, long reviewId) {
        LegalReview round = visible(user, reviewId);
        requireOwnAgency(user, round.getAgencyId());
        return round;
    }

    // a dispute is of the latest round: an earlier one was answered by resubmitting
    private LegalReview latestOnly(LegalReview round) {
        LegalReview latest = reviews.findFirstByCaseIdOrderByRoundDesc(round.getCaseId()).orElseThrow();
        if (latest.getRound() != round.getRound()) {
            throw new InvalidInputException("只能对本案最新一轮审核提出异议（第" + latest.getRound() + "轮）",
                    "Only the latest round is disputed");
        }
        return round;
    }

    private static void requireOwnAgency(CurrentUser user, long agencyId) {
        if (user.agencyId() == null || user.agencyId() != agencyId) {
            throw new AccessDeniedException("legal review steps are taken by the case's agency only");
        }
    }

    private ReviewStep submitStep(CurrentUser user, CaseFile kase, ReviewStanding standing,
            Optional<LegalReview> latest, Submission submission) {
        boolean changed = latest.map(r -> !standing.changesSince(r.standing()).isEmpty()).orElse(false);
        return new ReviewStep(Step.SUBMIT, user, latest.map(LegalReview::getStatus).orElse(null),
                criterion(kase, standing, submission.flags()).isPresent(), !BEFORE_DECISION.contains(kase.state()),
                changed, Set.of(), null, null, false, submission.pledged(), submission.statement(), null, Map.of(),
                null, false);
    }

    private ReviewStep step(Step step, CurrentUser user, LegalReview round, CaseFile kase, String text) {
        return new ReviewStep(step, user, round.getStatus(), true, false, false, handlers(kase, round),
                round.getReviewer(), null, false, false, text, null, Map.of(), null, false);
    }

    private ReviewStep extendStep(CurrentUser user, LegalReview round, CaseFile kase, Integer days, String reason) {
        return new ReviewStep(Step.EXTEND, user, round.getStatus(), true, false, false, handlers(kase, round),
                round.getReviewer(), null, false, false, reason, null, Map.of(), days,
                round.getExtensionDays() != null);
    }

    private Optional<Criterion> criterion(CaseFile kase, ReviewStanding standing, Set<String> flags) {
        Draft draft = DraftDecisions.of(kase.procedure(), kase.facts(), StepValues.NONE, flags);
        return standing.criteria().stream().filter(c -> c.metBy(draft)).findFirst();
    }

    private static Set<String> handlers(CaseFile kase, LegalReview round) {
        Set<String> handlers = new HashSet<>();
        kase.facts().officers().forEach(o -> {
            if (o.username() != null) {
                handlers.add(o.username());
            }
        });
        kase.facts().steps().forEach(s -> handlers.add(s.actor()));
        handlers.add(round.getSubmittedBy());
        handlers.addAll(round.recusedSet());
        return handlers;
    }

    private static Set<String> flags(Set<String> flags) {
        Set<String> given = flags == null ? Set.of() : flags;
        given.stream().filter(f -> !MajorDecisionCriteria.FLAGS.containsKey(f)).findFirst().ifPresent(f -> {
            throw new InvalidInputException("未知的情形：" + f + "（可选 " + MajorDecisionCriteria.FLAGS + "）",
                    "Unknown circumstance: " + f + " (one of " + MajorDecisionCriteria.FLAGS.keySet() + ")");
        });
        return given;
    }

    private static void unknownItems(Map<String, Checklist.Answer> checklist) {
        checklist.keySet().stream().filter(k -> !Checklist.ITEMS.containsKey(k)).findFirst().ifPresent(k -> {
            throw new InvalidInputException("未知的审核事项：" + k, "Unknown checklist item: " + k);
        });
    }

    private String agencyCode(long agencyId) {
        return agencies.creditCode(agencyId).orElse(null);
    }
}
