package org.sanxiang.catalog.internal.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.platform.AuditedEntity;

/**
 * One version of one item of an agency's list: its content as the import format gives it, where it stands in
 * its lifecycle, and (once published) the days it is in force. The item is (agency, list, code); its versions are
 * numbered from 1. Getters the templates read are public.
 */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends AuditedEntity {

    @Column(nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogList list;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state;

    @Column(nullable = false)
    private String name;

    private String category;
    private String unit;

    @Column(nullable = false)
    private String content;

    private String contentHash;
    private LocalDate effectiveFrom;
    private LocalDate effectiveUntil;

    @Column(nullable = false)
    private String draftedBy;

    private String reviewNote;
    private String reviewedBy;
    private String publishedBy;
    private Instant publishedAt;
    private String repealReason;

    protected CatalogVersion() {
    }

    public CatalogVersion(long agencyId, int number, ItemContent content, LocalDate proposedFrom, String drafter) {
        this.agencyId = agencyId;
        this.list = content.list();
        this.code = content.code();
        this.number = number;
        this.state = VersionState.DRAFT;
        this.draftedBy = drafter;
        this.effectiveFrom = proposedFrom;
        apply(content);
    }

    /** New content for a draft or a returned version; the code is the item's and stays. */
    public void apply(ItemContent content) {
        this.name = content.name();
        this.category = content.category();
        this.unit = content.unit();
        this.content = content.stored();
    }

    /** The effective date the drafter proposes (the publisher decides); {@code null} keeps the one proposed. */
    public void propose(LocalDate from) {
        if (from != null) {
            effectiveFrom = from;
        }
    }

    public void submit() {
        state = VersionState.SUBMITTED;
    }

    public void pass(String reviewer, String opinion) {
        state = VersionState.PASSED;
        reviewedBy = reviewer;
        reviewNote = opinion;
    }

    public void returnForChanges(String reviewer, String reasons) {
        state = VersionState.RETURNED;
        reviewedBy = reviewer;
        reviewNote = reasons;
    }

    public void publish(String publisher, Instant at, LocalDate from, String hash) {
        state = VersionState.PUBLISHED;
        publishedBy = publisher;
        publishedAt = at;
        effectiveFrom = from;
        contentHash = hash;
    }

    /** Its successor takes effect on {@code successorFrom}: this one is in force up to the day before. */
    public void supersede(LocalDate successorFrom) {
        state = VersionState.SUPERSEDED;
        effectiveUntil = successorFrom.minusDays(1);
    }

    /** No longer in force from {@code from} on. */
    public void repeal(LocalDate from, String reason) {
        state = VersionState.REPEALED;
        effectiveUntil = from.minusDays(1);
        repealReason = reason;
    }

    /** Whether it was in force on the day: published, and the day within its dates. */
    public boolean inForceOn(LocalDate day) {
        return state.wasPublished() && effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    public ItemContent item() {
        return ItemContent.parse(list, content);
    }

    /**
     * What the ledger records of it: the version as it is now, its content by its SHA-256 (of the canonical JSON),
     * so that every entry proves what the item said at that step and a content changed behind the application's
     * back differs from its latest entry. Once published, the hash is also the one the version keeps.
     */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("list", list.path());
        facts.put("code", code);
        facts.put("number", number);
        facts.put("state", state.name());
        facts.put("name", name);
        put(facts, "effectiveFrom", effectiveFrom == null ? null : effectiveFrom.toString());
        put(facts, "effectiveUntil", effectiveUntil == null ? null : effectiveUntil.toString());
        facts.put("draftedBy", draftedBy);
        put(facts, "reviewedBy", reviewedBy);
        put(facts, "reviewNote", reviewNote);
        put(facts, "publishedBy", publishedBy);
        facts.put("contentHash", item().sha256());
        put(facts, "repealReason", repealReason);
        return facts;
    }

    private static void put(Map<String, Object> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    public long getAgencyId() {
        return agencyId;
    }

    public CatalogList getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public VersionState getState() {
        return state;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getRepealReason() {
        return repealReason;
    }
}
