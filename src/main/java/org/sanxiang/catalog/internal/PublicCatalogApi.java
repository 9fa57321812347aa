package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.VersionDiff;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists before enforcement for anyone (the superior platform, citizens): what was in force on a day. */
@RestController
@RequestMapping("/api/v1/public/catalog")
class PublicCatalogApi {

    private final CatalogQueries queries;
    private final CatalogService catalog;

    PublicCatalogApi(CatalogQueries queries, CatalogService catalog) {
        this.queries = queries;
        this.catalog = catalog;
    }

    /** {@code agency}: the agency's id or its full name. */
    @GetMapping("/{list}")
    PageResult<PublicItem> list(@PathVariable String list, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.inForce(list(list), date == null ? catalog.today() : date,
                new CatalogVersionRepository.Filter(agencyId(agency), q, category, unit), page, size);
    }

    @GetMapping("/versions/{id}")
    PublicItem version(@PathVariable long id) {
        var version = queries.published(id);
        return PublicItem.of(version, queries.agencyName(version.getAgencyId()));
    }

    /** Every published version of the item, newest first. */
    @GetMapping("/versions/{id}/history")
    List<PublicItem> history(@PathVariable long id) {
        var version = queries.published(id);
        String agency = queries.agencyName(version.getAgencyId());
        return queries.history(version).stream().map(v -> PublicItem.of(v, agency)).toList();
    }

    /** What changed from version {@code id} to version {@code to} of the same item. */
    @GetMapping("/versions/{id}/diff")
    List<VersionDiff.Change> diff(@PathVariable long id, @RequestParam long to) {
        var from = queries.published(id);
        return VersionDiff.between(from.item(), queries.sameItem(from, to).item());
    }

    static CatalogList list(String path) {
        return CatalogList.byPath(path).orElseThrow(() -> new NotFoundException("没有该清单：" + path,
                "No such list: " + path));
    }

    private Long agencyId(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        if (agency.strip().matches("\\d+")) {
            return Long.valueOf(agency.strip());
        }
        return queries.agencyNames().entrySet().stream().filter(e -> e.getValue().equals(agency.strip()))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(-1L);
    }
}
