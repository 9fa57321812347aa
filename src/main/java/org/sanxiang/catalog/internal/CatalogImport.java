package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.CatalogFile.Problem;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one agency's lists from a file — JSON in the fixed format, or a workbook of one sheet per list
 * (docs/catalog-format.md) — all or nothing: every item is read and checked by the drafting rules first, every
 * problem reported with its place ("powers 第 3 项", "权责清单 第 4 行"), and only a file without problems is
 * imported, in one transaction. An item new to the agency becomes a first draft; a published item whose content
 * the file changes gets its next version as a draft; an open draft (or returned version) is edited; an item the
 * file leaves as it is (as its latest or its published version says) stays untouched, so that an exported list,
 * corrected, imports as the corrections only. The
 * file's repeals repeal published items from its effective date on.
 */
@Service
public class CatalogImport {

    private final CatalogService catalog;
    private final CatalogVersionRepository versions;
    private final AgencyDirectory agencies;

    CatalogImport(CatalogService catalog, CatalogVersionRepository versions, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.versions = versions;
        this.agencies = agencies;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What the file did to one item. */
    public record ItemOutcome(String place, int row, String list, String code, String name, Outcome outcome,
            Long versionId) {
    }

    /** Problems reported, the first of them: enough to fix a file, never a response of megabytes. */
    public static final int MAX_REPORTED_PROBLEMS = 200;

    /**
     * @param drafts       the versions drafted or edited, in the file's order; empty when it was refused
     * @param items        what was drafted or edited, item by item (unchanged ones are only counted)
     * @param problems     the first {@value #MAX_REPORTED_PROBLEMS} of the {@code problemCount} found
     * @param byLine       whether the places are rows of sheets
     */
    public record Report(boolean imported, int created, int updated, int unchanged, List<Long> drafts, int repealed,
            List<ItemOutcome> items, List<Problem> problems, int problemCount, boolean byLine) {

        static Report refused(List<Problem> problems, boolean byLine) {
            return new Report(false, 0, 0, 0, List.of(), 0, List.of(), List.copyOf(problems.subList(0,
                    Math.min(problems.size(), MAX_REPORTED_PROBLEMS))), problems.size(), byLine);
        }
    }

    private record Repeal(CatalogVersion version, String reason) {
    }

    /** What a checked item will do, to the item's latest version ({@code null} for a new item). */
    private record Plan(CatalogFile.Entry entry, Outcome outcome, CatalogVersion latest) {

        /** The latest version when it is a draft the import edits. */
        CatalogVersion open() {
            return latest != null && latest.getState().isOpen() ? latest : null;
        }
    }

    /** A JSON file, as the API receives it. */
    @Transactional
    public Report importFile(CurrentUser user, long agencyId, byte[] file) {
        return importFile(catalog, user, agencyId, read(null, file));
    }

    /** A file by its name: a workbook (.xlsx) or JSON. */
    @Transactional
    public Report importFile(CurrentUser user, long agencyId, String fileName, byte[] file) {
        return importFile(catalog, user, agencyId, read(fileName, file));
    }

    /** The same, with the commands of {@code on} (the demo data's replay of earlier days). */
    @Transactional
    Report importFile(CatalogService on, CurrentUser user, long agencyId, byte[] file) {
        return importFile(on, user, agencyId, read(null, file));
    }

    /** An .xlsx is a zip archive (PK); anything else is read as JSON. */
    private static CatalogFile read(String fileName, byte[] file) {
        boolean zip = file.length > 1 && file[0] == 'P' && file[1] == 'K';
        boolean named = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        return zip || named ? CatalogSheets.read(fileName, file) : CatalogJsonFile.read(file);
    }

    private Report importFile(CatalogService on, CurrentUser user, long agencyId, CatalogFile file) {
        catalog.requireVisible(user, agencyId);
        List<Problem> problems = new ArrayList<>(file.problems());
        String agencyName = agencies.name(agencyId).orElse("");
        if (!agencyName.equals(file.agency())) {
            problems.add(0, new Problem("agency", 0, null, "文件的执法主体（" + file.agency() + "）不是本机关“"
                    + agencyName + "”", "The file's agency (" + file.agency() + ") is not " + agencyName));
        }
        Set<String> codes = new HashSet<>();
        List<Plan> plans = new ArrayList<>();
        for (CatalogFile.Entry entry : file.items()) {
            check(user, agencyId, entry, codes, problems).ifPresent(plans::add);
        }
        List<Repeal> repeals = repeals(agencyId, file.repeals(), problems);
        if (!problems.isEmpty()) {
            if (file.byLine()) {
                problems.sort(Comparator.comparingInt((Problem p) -> CatalogSheets.order(p.list()))
                        .thenComparingInt(Problem::row));
            }
            return Report.refused(problems, file.byLine());
        }
        LocalDate from = file.effectiveFrom();
        List<ItemOutcome> outcomes = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (Plan plan : plans) {
            ItemContent item = plan.entry().item();
            Long id = switch (plan.outcome()) {
                case UNCHANGED -> plan.latest().getId();
                case CREATED -> on.draft(user, agencyId, item, from);
                case UPDATED -> {
                    if (plan.open() == null) {
                        yield on.draft(user, agencyId, item, from);
                    }
                    on.edit(user, plan.open().getId(), item, from);
                    yield plan.open().getId();
                }
            };
            if (plan.outcome() != Outcome.UNCHANGED) {
                drafts.add(id);
            }
            outcomes.add(new ItemOutcome(plan.entry().place(), plan.entry().row(), item.list().path(), item.code(),
                    item.name(), plan.outcome(), id));
        }
        repeals.forEach(r -> on.repeal(user, r.version().getId(), from, r.reason()));
        return new Report(true, count(outcomes, Outcome.CREATED), count(outcomes, Outcome.UPDATED),
                count(outcomes, Outcome.UNCHANGED), drafts, repeals.size(), outcomes.stream()
                .filter(o -> o.outcome() != Outcome.UNCHANGED).toList(), List.of(), 0, file.byLine());
    }

    private Optional<Plan> check(CurrentUser user, long agencyId, CatalogFile.Entry entry, Set<String> codes,
            List<Problem> problems) {
        ItemContent item = entry.item();
        int before = problems.size();
        item.problems().forEach(p -> problems.add(problem(entry, p.zh(), p.en())));
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (!codes.add(item.list() + "/" + item.code())) {
            problems.add(problem(entry, "事项编码 " + item.code() + " 在文件中重复", "Code " + item.code()
                    + " appears twice"));
        }
        List<CatalogVersion> all = versions.findByAgencyIdAndListAndCodeOrderByNumberDesc(agencyId, item.list(),
                item.code());
        Optional<CatalogVersion> latest = all.stream().findFirst();
        // as the latest version says, or as the one published says (a list in force, exported while a draft is open)
        boolean unchanged = Stream.concat(latest.stream(), all.stream().filter(v -> v.getState()
                == VersionState.PUBLISHED).limit(1)).anyMatch(v -> v.item().sameContent(item));
        CatalogVersion open = latest.filter(v -> v.getState().isOpen()).orElse(null);
        if (open != null && !unchanged && !Set.of(VersionState.DRAFT, VersionState.RETURNED).contains(open.getState())) {
            problems.add(problem(entry, "事项 " + item.code() + " 的第 " + open.getNumber() + " 版正在合法性审核或已审核通过，"
                    + "不能通过导入修改", "Item " + item.code() + " has a version under or through review"));
        }
        if (!unchanged) {
            for (Refusal refusal : catalog.draftRefusals(user, agencyId, item)) {
                problems.add(problem(entry, refusal.messages().zh(), refusal.messages().en()));
            }
        }
        Outcome outcome = unchanged ? Outcome.UNCHANGED : latest.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
        return problems.size() > before ? Optional.empty() : Optional.of(new Plan(entry, outcome, latest.orElse(null)));
    }

    private static Problem problem(CatalogFile.Entry entry, String zh, String en) {
        return new Problem(entry.place(), entry.row(), entry.item().code(), zh, en);
    }

    private List<Repeal> repeals(long agencyId, List<CatalogFile.RepealRow> rows, List<Problem> problems) {
        List<Repeal> repeals = new ArrayList<>();
        for (CatalogFile.RepealRow row : rows) {
            var published = CatalogList.byKey(String.valueOf(row.list()))
                    .flatMap(l -> versions.latest(agencyId, l, String.valueOf(row.code())))
                    .filter(v -> v.getState() == VersionState.PUBLISHED);
            if (published.isEmpty()) {
                problems.add(new Problem(row.place(), row.row(), row.code(), "没有可废止的已公布事项 " + row.list() + "/"
                        + row.code(), "No published item " + row.code() + " to repeal"));
            } else if (row.reason() == null || row.reason().isBlank()) {
                problems.add(new Problem(row.place(), row.row(), row.code(), "废止须写明理由", "A repeal gives its reason"));
            } else {
                repeals.add(new Repeal(published.get(), row.reason()));
            }
        }
        return repeals;
    }

    private static int count(List<ItemOutcome> outcomes, Outcome outcome) {
        return (int) outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
