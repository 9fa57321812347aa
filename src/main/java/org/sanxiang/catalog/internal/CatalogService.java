package org.sanxiang.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.catalog.CatalogEvent;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.rules.CatalogRules;
import org.sanxiang.catalog.internal.rules.VersionStep;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's commands on versions of list items: draft, edit, submit for legality review, pass or return,
 * publish, repeal. Each checks the user's scope, applies the step's rules (every refusal at once), changes the
 * table and publishes the typed event that is its ledger entry, in one transaction. Roles are checked on the
 * controllers; scope and the rules here.
 */
@Service
@Transactional
public class CatalogService {

    private final CatalogVersionRepository versions;
    private final CatalogRules rules;
    private final AgencyScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogService(CatalogVersionRepository versions, CatalogRules rules, AgencyScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.rules = rules;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The same commands on another day's calendar: what the demo data uses to replay an agency's lists as they
     * were published over the year. Runs inside the caller's transaction.
     */
    CatalogService on(LocalDate day) {
        return new CatalogService(versions, rules, scope, events, Clock.fixed(day.atStartOfDay(ChinaTime.ZONE)
                .toInstant(), ChinaTime.ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    /**
     * A new item's first version, or the next version of an item whose versions are all published (an amendment).
     *
     * @param proposedFrom the effective date the drafter proposes, or {@code null}
     */
    public long draft(CurrentUser user, long agencyId, ItemContent content, LocalDate proposedFrom) {
        requireVisible(user, agencyId);
        requireReadable(content);
        int number = versions.latest(agencyId, content.list(), content.code()).map(latest -> {
            if (latest.getState().isOpen()) {
                throw new InvalidInputException("事项 " + content.code() + " 已有未公布的第 " + latest.getNumber()
                        + " 版，请修改该版本", "Item " + content.code() + " has an unpublished version "
                        + latest.getNumber() + "; edit that one");
            }
            return latest.getNumber() + 1;
        }).orElse(1);
        rules.require(facts(Step.EDIT, VersionState.DRAFT, agencyId, user.username(), user, null, null, content));
        CatalogVersion version = versions.save(new CatalogVersion(agencyId, number, content, proposedFrom,
                user.username()));
        events.publishEvent(new CatalogEvent.Drafted(version.getId(), agencyId, version.facts()));
        return version.getId();
    }

    /** A published item's next version, starting from what is published. */
    public long amend(CurrentUser user, long versionId) {
        CatalogVersion published = visible(user, versionId);
        return draft(user, published.getAgencyId(), published.item(), null);
    }

    public void edit(CurrentUser user, long versionId, ItemContent content, LocalDate proposedFrom) {
        CatalogVersion version = visible(user, versionId);
        requireReadable(content);
        if (!version.getCode().equals(content.code()) || version.getList() != content.list()) {
            throw new InvalidInputException("事项编码不能修改（" + version.getCode() + "）",
                    "The item's code stays " + version.getCode());
        }
        rules.require(step(Step.EDIT, version, user, null, null, content));
        version.apply(content);
        version.propose(proposedFrom);
        events.publishEvent(new CatalogEvent.Edited(versionId, version.getAgencyId(), version.facts()));
    }

    public void submit(CurrentUser user, long versionId) {
        CatalogVersion version = visible(user, versionId);
        rules.require(step(Step.SUBMIT, version, user, null, null, version.item()));
        version.submit();
        events.publishEvent(new CatalogEvent.Submitted(versionId, version.getAgencyId(), version.facts()));
    }

    public void pass(CurrentUser user, long versionId, String opinion) {
        CatalogVersion version = visible(user, versionId);
        rules.require(step(Step.PASS, version, user, null, opinion, version.item()));
        version.pass(user.username(), blankToNull(opinion));
        events.publishEvent(new CatalogEvent.Passed(versionId, version.getAgencyId(), version.facts()));
    }

    public void returnForChanges(CurrentUser user, long versionId, String reasons) {
        CatalogVersion version = visible(user, versionId);
        rules.require(step(Step.RETURN, version, user, null, reasons, version.item()));
        version.returnForChanges(user.username(), reasons.strip());
        events.publishEvent(new CatalogEvent.Returned(versionId, version.getAgencyId(), version.facts()));
    }

    /** Publishes the version from the day on; the item's version in force until then is superseded the day before. */
    public void publish(CurrentUser user, long versionId, LocalDate effectiveFrom) {
        CatalogVersion version = visible(user, versionId);
        ItemContent content = version.item();
        rules.require(step(Step.PUBLISH, version, user, effectiveFrom, null, content));
        versions.findByAgencyIdAndListAndCodeOrderByNumberDesc(version.getAgencyId(), version.getList(),
                version.getCode()).stream().filter(v -> v.getState() == VersionState.PUBLISHED).forEach(earlier -> {
                    earlier.supersede(effectiveFrom);
                    events.publishEvent(new CatalogEvent.Superseded(earlier.getId(), earlier.getAgencyId(),
                            earlier.facts()));
                });
        version.publish(user.username(), clock.instant(), effectiveFrom, content.sha256());
        events.publishEvent(new CatalogEvent.Published(versionId, version.getAgencyId(), version.facts()));
    }

    /** The item is no longer in force from {@code from} on. */
    public void repeal(CurrentUser user, long versionId, LocalDate from, String reason) {
        CatalogVersion version = visible(user, versionId);
        rules.require(step(Step.REPEAL, version, user, from, reason, version.item()));
        version.repeal(from, reason.strip());
        events.publishEvent(new CatalogEvent.Repealed(versionId, version.getAgencyId(), version.facts()));
    }

    /** What each step would be refused for, by this user, today: what a page offers, and why not. */
    @Transactional(readOnly = true)
    public Map<Step, List<Refusal>> steps(CurrentUser user, CatalogVersion version) {
        Map<Step, List<Refusal>> steps = new EnumMap<>(Step.class);
        ItemContent content = version.item();
        for (Step step : Step.values()) {
            LocalDate date = step == Step.PUBLISH || step == Step.REPEAL ? today() : null;
            // the reasons are typed into the step's own form, which the rule checks when it is sent
            steps.put(step, rules.refusals(step(step, version, user, date, "…", content)));
        }
        return steps;
    }

    /** The refusals of a new version with this content, as an import checks each item before importing any. */
    @Transactional(readOnly = true)
    public List<Refusal> draftRefusals(CurrentUser user, long agencyId, ItemContent content) {
        return rules.refusals(facts(Step.EDIT, VersionState.DRAFT, agencyId, user.username(), user, null, null,
                content));
    }

    @Transactional(readOnly = true)
    public CatalogVersion visible(CurrentUser user, long versionId) {
        CatalogVersion version = versions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("没有该清单版本", "No such version"));
        requireVisible(user, version.getAgencyId());
        return version;
    }

    public void requireVisible(CurrentUser user, long agencyId) {
        if (!scope.canSee(user, agencyId)) {
            throw new AccessDeniedException("agency " + agencyId + " is not within the user's scope");
        }
    }

    private VersionStep step(Step step, CatalogVersion version, CurrentUser user, LocalDate date, String reason,
            ItemContent content) {
        return facts(step, version.getState(), version.getAgencyId(), version.getDraftedBy(), user, date, reason,
                content);
    }

    private VersionStep facts(Step step, VersionState state, long agencyId, String drafter, CurrentUser user,
            LocalDate date, String reason, ItemContent content) {
        return new VersionStep(step, state, agencyId, drafter, user, today(), date, reason, content);
    }

    private static void requireReadable(ItemContent content) {
        if (!content.problems().isEmpty()) {
            throw new InvalidInputException(content.problems().stream().map(t -> t.zh()).collect(Collectors
                    .joining("；")), content.problems().stream().map(t -> t.en()).collect(Collectors.joining("; ")));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
