package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one agency's lists from a JSON file in the fixed format (docs/catalog-format.md), all or nothing: every
 * item is read and checked by the drafting rules first, every problem reported with its place ("powers 第 3 项"),
 * and only a file without problems becomes drafts (new items, or the next version of published ones), in one
 * transaction. The file's {@code repeals} repeal published items from its effective date on.
 */
@Service
public class CatalogImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogService catalog;
    private final CatalogVersionRepository versions;
    private final AgencyDirectory agencies;

    CatalogImport(CatalogService catalog, CatalogVersionRepository versions, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.versions = versions;
        this.agencies = agencies;
    }

    /** @param item the list key and the item's position in it (from 1), or the file as a whole ({@code row} 0) */
    public record Problem(String list, int row, String code, String zh, String en) {
    }

    /** @param drafts the versions drafted, in the file's order; empty when it was refused */
    public record Report(boolean imported, List<Long> drafts, int repealed, List<Problem> problems) {
    }

    private record Repeal(CatalogVersion version, String reason) {
    }

    @Transactional
    public Report importFile(CurrentUser user, long agencyId, byte[] file) {
        return importFile(catalog, user, agencyId, file);
    }

    /** The same, with the commands of {@code on} (the demo data's replay of earlier days). */
    @Transactional
    Report importFile(CatalogService on, CurrentUser user, long agencyId, byte[] file) {
        catalog.requireVisible(user, agencyId);
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            throw new InvalidInputException("文件不是有效的 JSON：" + e.getOriginalMessage(),
                    "Not valid JSON: " + e.getOriginalMessage());
        }
        List<Problem> problems = new ArrayList<>();
        String agencyName = agencies.all().stream().filter(a -> a.id() == agencyId).findFirst()
                .map(AgencyDirectory.Agency::name).orElse("");
        String named = text(root, "agency");
        if (!agencyName.equals(named)) {
            problems.add(new Problem("agency", 0, null, "文件的 agency（" + named + "）不是本机关“" + agencyName + "”",
                    "The file's agency (" + named + ") is not " + agencyName));
        }
        LocalDate from = date(root, problems);
        List<ItemContent> items = new ArrayList<>();
        for (CatalogList list : CatalogList.values()) {
            JsonNode array = root.get(list.key());
            if (array == null) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            int row = 0;
            for (JsonNode node : array.values()) {
                row++;
                ItemContent item = ItemContent.of(list, node);
                check(user, agencyId, item, row, codes, problems);
                items.add(item);
            }
        }
        List<Repeal> repeals = repeals(agencyId, root, problems);
        if (!problems.isEmpty()) {
            return new Report(false, List.of(), 0, problems);
        }
        List<Long> drafts = items.stream().map(item -> on.draft(user, agencyId, item, from)).toList();
        repeals.forEach(r -> on.repeal(user, r.version().getId(), from, r.reason()));
        return new Report(true, drafts, repeals.size(), List.of());
    }

    private void check(CurrentUser user, long agencyId, ItemContent item, int row, Set<String> codes,
            List<Problem> problems) {
        String key = item.list().key();
        item.problems().forEach(p -> problems.add(new Problem(key, row, item.code(), p.zh(), p.en())));
        if (!item.problems().isEmpty()) {
            return;
        }
        if (!codes.add(item.code())) {
            problems.add(new Problem(key, row, item.code(), "事项编码 " + item.code() + " 在文件中重复",
                    "Code " + item.code() + " appears twice"));
        }
        versions.latest(agencyId, item.list(), item.code()).filter(v -> v.getState().isOpen()).ifPresent(v ->
                problems.add(new Problem(key, row, item.code(), "事项 " + item.code() + " 已有未公布的第 "
                        + v.getNumber() + " 版", "Item " + item.code() + " has an unpublished version")));
        for (Refusal refusal : catalog.draftRefusals(user, agencyId, item)) {
            problems.add(new Problem(key, row, item.code(), refusal.messages().zh(), refusal.messages().en()));
        }
    }

    private List<Repeal> repeals(long agencyId, JsonNode root, List<Problem> problems) {
        List<Repeal> repeals = new ArrayList<>();
        JsonNode array = root.get("repeals");
        int row = 0;
        for (JsonNode node : array == null ? List.<JsonNode>of() : array.values()) {
            row++;
            String code = text(node, "code");
            var list = CatalogList.byKey(String.valueOf(text(node, "list")));
            var published = list.flatMap(l -> versions.latest(agencyId, l, String.valueOf(code)))
                    .filter(v -> v.getState() == VersionState.PUBLISHED);
            if (published.isEmpty()) {
                problems.add(new Problem("repeals", row, code, "没有可废止的已公布事项 " + text(node, "list") + "/" + code,
                        "No published item " + code + " to repeal"));
            } else {
                repeals.add(new Repeal(published.get(), String.valueOf(text(node, "reason"))));
            }
        }
        return repeals;
    }

    private static LocalDate date(JsonNode root, List<Problem> problems) {
        String text = text(root, "effectiveFrom");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("effectiveFrom", 0, null, "effectiveFrom 须为 YYYY-MM-DD：" + text,
                    "effectiveFrom must be YYYY-MM-DD: " + text));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() ? null : value.asString();
    }
}
