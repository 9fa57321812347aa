package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.catalog.internal.item.Citation;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import tools.jackson.databind.JsonNode;

/**
 * A published version as the public API gives it (API-CONTRACT: {@code id}, {@code agencyId}, {@code version},
 * {@code effectiveFrom}, {@code legalBasis} with texts), with the item's full content in the import format and
 * the SHA-256 recorded in the ledger at its publication.
 *
 * @param effectiveUntil the last day in force, {@code null} while no successor or repeal ends it
 */
public record PublicItem(long id, long agencyId, String agencyName, String list, String code, int version,
        String state, LocalDate effectiveFrom, LocalDate effectiveUntil, String name, String category, String unit,
        List<Citation> legalBasis, JsonNode content, String contentHash, String repealReason) {

    static PublicItem of(CatalogVersion v, String agencyName) {
        var item = v.item();
        return new PublicItem(v.getId(), v.getAgencyId(), agencyName, v.getList().path(), v.getCode(), v.getNumber(),
                v.getState().name(), v.getEffectiveFrom(), v.getEffectiveUntil(), v.getName(), v.getCategory(),
                v.getUnit(), item.citations(), item.json(), v.getContentHash(), v.getRepealReason());
    }
}
