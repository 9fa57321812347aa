package org.sanxiang.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo lists, after the registry's demo data (its agencies and users exist then), from every
 * {@code demo/catalog/*.json} in the import format: the base files first, then the {@code *-amendments.json}.
 * Each file goes through the commands a user would use — import as the agency's administrator, submit, a legal
 * reviewer of the agency passes, publish — on the file's effective date when that lies in the past, so the
 * demo shows the lists' history as if published over the year (the commands' rules apply on that day).
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo", havingValue = "true")
@Profile("!prod")
@Order(20)
class CatalogDemoData implements ApplicationRunner {

    static final String LOCATION = "classpath*:demo/catalog/*.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The registry's demo users who draft and review each demo agency's lists; the county's reviewer is ours. */
    private static final Map<String, String[]> STAFF = Map.of(
            "衡阳市市场监督管理局", new String[] {"city-admin", "reviewer"},
            "衡阳县市场监督管理局", new String[] {"county-admin", "county-reviewer"});

    private final CatalogService catalog;
    private final CatalogImport imports;
    private final CatalogVersionRepository versions;
    private final AgencyDirectory agencies;
    private final UserAccounts users;
    private final TransactionTemplate tx;

    CatalogDemoData(CatalogService catalog, CatalogImport imports, CatalogVersionRepository versions,
            AgencyDirectory agencies, UserAccounts users, TransactionTemplate tx) {
        this.catalog = catalog;
        this.imports = imports;
        this.versions = versions;
        this.agencies = agencies;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (versions.count() > 0 || agencies.all().isEmpty()) {
            log.info("Demo lists not loaded: the catalog is not empty, or there are no agencies");
            return;
        }
        List<Resource> files = Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION))
                .sorted(Comparator.comparing((Resource r) -> isAmendment(r)).thenComparing(Resource::getFilename))
                .toList();
        for (Resource file : files) {
            load(file);
        }
    }

    static boolean isAmendment(Resource file) {
        return String.valueOf(file.getFilename()).endsWith("-amendments.json");
    }

    private void load(Resource file) {
        byte[] content = read(file);
        JsonNode root = JSON.readTree(content);
        String agencyName = root.path("agency").asString("");
        Optional<Long> agency = agencies.all().stream().filter(a -> a.name().equals(agencyName))
                .map(AgencyDirectory.Agency::id).findFirst();
        if (agency.isEmpty()) {
            log.warn("Demo lists {} not loaded: no agency named '{}'", file.getFilename(), agencyName);
            return;
        }
        String[] staff = STAFF.getOrDefault(agencyName, new String[] {"demo-catalog-admin", "demo-catalog-reviewer"});
        CurrentUser drafter = new CurrentUser(0, staff[0], staff[0], agency.get(), EnumSet.of(Role.ADMIN));
        CurrentUser reviewer = reviewer(staff[1], agency.get());
        LocalDate from = LocalDate.parse(root.path("effectiveFrom").asString(catalog.today().toString()));
        CatalogService on = from.isBefore(catalog.today()) ? catalog.on(from) : catalog;
        tx.executeWithoutResult(s -> {
            CatalogImport.Report report = imports.importFile(on, drafter, agency.get(), content);
            if (!report.imported()) {
                log.warn("Demo lists {} not loaded: {}", file.getFilename(), report.problems());
                s.setRollbackOnly();
                return;
            }
            for (long id : report.drafts()) {
                on.submit(drafter, id);
                on.pass(reviewer, id, "经审核，事项名称、依据和裁量基准合法适当，同意公布");
                on.publish(drafter, id, from.isBefore(on.today()) ? on.today() : from);
            }
            log.info("Demo lists {}: {} items published, {} repealed", file.getFilename(), report.drafts().size(),
                    report.repealed());
        });
    }

    /** The agency's legal reviewer, with a demo account of her own when the registry's demo has none. */
    private CurrentUser reviewer(String username, long agency) {
        if (!users.exists(username)) {
            users.create(username, "sanxiang-demo", "法制审核（" + username + "）", agency, EnumSet.of(Role.LEGAL_REVIEWER));
        }
        return new CurrentUser(0, username, username, agency, EnumSet.of(Role.LEGAL_REVIEWER));
    }

    private static byte[] read(Resource file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
