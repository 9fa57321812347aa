package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.springframework.context.support.StaticMessageSource;

/** Who did it and what it is about, as a supervisor reads it on the ledger page. */
class ReadableEntriesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final CurrentUser SUPERVISOR = new CurrentUser(9, "supervisor", "监督员", 1L, Set.of(Role.SUPERVISOR));

    /** The registry as the page meets it: agency 2 and officer 53 exist, officer 54 no longer does. */
    private static final Map<String, String> AGENCIES = Map.of("2", "衡阳市市场监督管理局");
    private static final Map<String, String> OFFICERS = Map.of("53", "王伟");

    private final Set<String> askedFor = new LinkedHashSet<>();
    private final ReadableEntries readable = new ReadableEntries(names(),
            List.of(pages("agency", AGENCIES, "/workbench/registry/agencies/"),
                    pages("officer", OFFICERS, "/workbench/registry/officers/")),
            accounts(), messages());

    @Test
    void theActorIsShownByHerNameAndAgency() {
        EntryLine.Actor actor = one(entry("city-admin", "officer", "53")).actor();
        assertThat(actor.name()).isEqualTo("李娜");
        assertThat(actor.agency()).isEqualTo("衡阳市市场监督管理局");
        assertThat(actor.username()).isEqualTo("city-admin");
    }

    @Test
    void whatTheSystemDidIsTheSystems() {
        EntryLine.Actor actor = one(entry("system", "officer", "53")).actor();
        assertThat(actor.name()).isEqualTo("系统");
        assertThat(actor.agency()).isNull();
    }

    @Test
    void anActorNoAccountHasIsShownByHerUsername() {
        EntryLine.Actor actor = one(entry("gone", "officer", "53")).actor();
        assertThat(actor.name()).isEqualTo("gone");
        assertThat(actor.agency()).isNull();
    }

    @Test
    void theSubjectIsNamedAndLinkedToItsRecord() {
        EntryLine line = one(entry("city-admin", "officer", "53"));
        assertThat(line.name()).isEqualTo("执法人员登记");
        assertThat(line.module()).isEqualTo("执法主体与人员名录");
        assertThat(line.subject().typeName()).isEqualTo("执法人员");
        assertThat(line.subject().name()).isEqualTo("王伟");
        assertThat(line.subject().path()).isEqualTo("/workbench/registry/officers/53");
    }

    @Test
    void aSubjectThatNoLongerResolvesStillShowsItsTypeAndId() {
        EntryLine.Subject subject = one(entry("city-admin", "officer", "54")).subject();
        assertThat(subject.typeName()).isEqualTo("执法人员");
        assertThat(subject.id()).isEqualTo("54");
        assertThat(subject.name()).isNull();
        assertThat(subject.path()).isNull();
    }

    @Test
    void aSubjectTypeNoModuleResolvesShowsItsTypeAndId() {
        EntryLine.Subject subject = one(entry("city-admin", "case", "page-1")).subject();
        assertThat(subject.typeName()).isEqualTo("case");
        assertThat(subject.id()).isEqualTo("page-1");
        assertThat(subject.name()).isNull();
    }

    @Test
    void aPageOfEntriesAsksForEachSubjectOnce() {
        List<EntryLine> lines = readable.describe(List.of(entry("city-admin", "officer", "53"),
                entry("city-admin", "officer", "53"), entry("system", "officer", "54")), SUPERVISOR, ZH);
        assertThat(lines).hasSize(3);
        assertThat(askedFor).containsExactlyInAnyOrder("officer:[53, 54]", "agency:[2]");
    }

    private EntryLine one(EntryView entry) {
        return readable.describe(List.of(entry), SUPERVISOR, ZH).get(0);
    }

    private static EntryView entry(String actor, String subjectType, String subjectId) {
        return new EntryView(7L, 7, Instant.parse("2026-03-01T02:00:00Z"), actor, "registry", "officer.registered",
                subjectType, subjectId, 2L, "{}", "00");
    }

    private SubjectPages pages(String type, Map<String, String> names, String path) {
        return SubjectPages.of(type, (ids, reader) -> {
            askedFor.add(type + ":" + ids.stream().sorted().toList());
            return ids.stream().filter(names::containsKey).collect(Collectors.toMap(id -> id,
                    id -> new SubjectPages.Subject(names.get(id), path + id)));
        });
    }

    private static AccountNames accounts() {
        return new AccountNames() {
            @Override
            public Map<String, Named> named(Collection<String> usernames) {
                return usernames.contains("city-admin")
                        ? Map.of("city-admin", new Named(3, "city-admin", "李娜", 2L)) : Map.of();
            }

            @Override
            public Set<String> matching(String text) {
                return Set.of(text);
            }
        };
    }

    private static EntryNames names() {
        return new EntryNames(List.of(new LedgerVocabulary("registry", Set.of("officer", "agency"))), messages());
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("ledger.actor.system", ZH, "系统");
        messages.addMessage("ledger.module.registry", ZH, "执法主体与人员名录");
        messages.addMessage("ledger.entry.officer.registered", ZH, "执法人员登记");
        messages.addMessage("ledger.subject.officer", ZH, "执法人员");
        return messages;
    }
}
