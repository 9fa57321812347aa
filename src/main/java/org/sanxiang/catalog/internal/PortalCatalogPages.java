package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.VersionDiff;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 事前公开: per agency, each list as in force on a day (today unless asked), searchable and filtered
 * by category and unit; an item's page with its full basis text and its versions; the changes between two.
 */
@Controller
@RequestMapping("/portal/catalog")
class PortalCatalogPages {

    private final CatalogQueries queries;
    private final CatalogService catalog;
    private final org.sanxiang.catalog.internal.rules.CatalogRules rules;

    PortalCatalogPages(CatalogQueries queries, CatalogService catalog,
            org.sanxiang.catalog.internal.rules.CatalogRules rules) {
        this.queries = queries;
        this.catalog = catalog;
        this.rules = rules;
    }

    @Bean
    static MenuItem portalCatalogMenuItem() {
        return new MenuItem(MenuItem.Face.PORTAL, "catalog.portal.menu", "/portal/catalog", 15, Set.of());
    }

    @GetMapping
    String agencies(Model model) {
        model.addAttribute("agencies", queries.agencyNames().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey()).toList());
        return "catalog/portal-agencies";
    }

    @GetMapping("/agencies/{agencyId}")
    String agency(@PathVariable long agencyId) {
        return "redirect:/portal/catalog/agencies/" + agencyId + "/powers";
    }

    @GetMapping("/agencies/{agencyId}/{list}")
    String list(@PathVariable long agencyId, @PathVariable String list, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogList catalogList = PublicCatalogApi.list(list);
        LocalDate day = date == null ? catalog.today() : date;
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("agencyName", queries.agencyName(agencyId));
        model.addAttribute("list", catalogList);
        model.addAttribute("lists", CatalogList.values());
        model.addAttribute("items", queries.inForce(catalogList, day,
                new CatalogVersionRepository.Filter(agencyId, q, category, unit), page, 20));
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("unit", unit);
        model.addAttribute("date", day);
        model.addAttribute("categories", catalogList.categoryField() == null ? List.of() : rules.categories());
        model.addAttribute("units", catalogList.unitField() == null ? List.of() : queries.units(agencyId, catalogList));
        return "catalog/portal-list";
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable long id, Model model) {
        CatalogVersion version = queries.published(id);
        List<CatalogVersion> history = queries.history(version);
        model.addAttribute("version", version);
        model.addAttribute("item", version.item());
        model.addAttribute("agencyName", queries.agencyName(version.getAgencyId()));
        model.addAttribute("history", history);
        model.addAttribute("previous", history.stream().filter(v -> v.getNumber() < version.getNumber())
                .findFirst().orElse(null));
        model.addAttribute("today", catalog.today());
        return "catalog/portal-item";
    }

    @GetMapping("/items/{id}/diff")
    String diff(@PathVariable long id, @RequestParam long to, Model model) {
        CatalogVersion from = queries.published(id);
        CatalogVersion other = queries.sameItem(from, to);
        model.addAttribute("from", from);
        model.addAttribute("to", other);
        model.addAttribute("agencyName", queries.agencyName(from.getAgencyId()));
        model.addAttribute("changes", VersionDiff.between(from.item(), other.item()));
        return "catalog/portal-diff";
    }

}
