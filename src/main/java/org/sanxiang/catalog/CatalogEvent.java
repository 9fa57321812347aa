package org.sanxiang.catalog;

import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What the catalog's commands publish, one type per step of a version's lifecycle; each is also its ledger entry,
 * about the version ({@code catalog-version}, its id) of the agency. {@code facts} is the version as it is after
 * the step (list, code, number, state, dates, who, and the SHA-256 of its content), which a publication also keeps, so
 * that anyone can later prove what a list said on a given day.
 */
public sealed interface CatalogEvent extends RecordedEvent {

    long versionId();

    long agencyId();

    default SubjectRef subject() {
        return new SubjectRef("catalog-version", Long.toString(versionId()), agencyId());
    }

    record Drafted(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.drafted";
        }
    }

    record Edited(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.edited";
        }
    }

    record Submitted(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.submitted";
        }
    }

    /** 合法性审核通过 */
    record Passed(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.review-passed";
        }
    }

    /** 退回修改, with the reviewer's reasons in the facts */
    record Returned(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.returned";
        }
    }

    /** Published with its effective date and content hash. */
    record Published(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.published";
        }
    }

    /** An earlier version's end of force, set by the publication of its successor. */
    record Superseded(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.superseded";
        }
    }

    record Repealed(long versionId, long agencyId, Map<String, Object> facts) implements CatalogEvent {
        public String entryType() {
            return "catalog.repealed";
        }
    }
}
