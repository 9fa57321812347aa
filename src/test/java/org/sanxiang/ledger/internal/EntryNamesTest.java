package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.LedgerVocabulary;
import org.springframework.context.support.StaticMessageSource;

/** What the ledger page calls modules, entries and subjects: what the modules' own bundles call them. */
class EntryNamesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final EntryNames names = new EntryNames(List.of(
            new LedgerVocabulary("registry", Set.of("officer", "agency"), Map.of("credential.status-changed", "status")),
            new LedgerVocabulary("evidence", Set.of("evidence"))), messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("ledger.module.registry", ZH, "执法主体与人员名录");
        messages.addMessage("ledger.module.registry", EN, "Agencies and officers");
        messages.addMessage("ledger.module.evidence", ZH, "证据");
        messages.addMessage("ledger.entry.evidence.stored", ZH, "证据入库");
        messages.addMessage("ledger.entry.evidence.stored", EN, "Evidence stored");
        messages.addMessage("ledger.entry.credential.status-changed", ZH, "执法证状态变更");
        messages.addMessage("ledger.entry.credential.status-changed.SUSPENDED", ZH, "执法证暂扣");
        messages.addMessage("ledger.subject.officer", ZH, "执法人员");
        messages.addMessage("ledger.subject.agency", ZH, "执法主体");
        messages.addMessage("ledger.subject.evidence", ZH, "证据");
        return messages;
    }

    @Test
    void anEntryIsNamedInTheReadersLanguageByItsModulesBundle() {
        assertThat(names.entry("evidence", "evidence.stored", "{}", ZH)).isEqualTo("证据入库");
        assertThat(names.entry("evidence", "evidence.stored", "{}", EN)).isEqualTo("Evidence stored");
        assertThat(names.module("registry", ZH)).isEqualTo("执法主体与人员名录");
        assertThat(names.subjectType("officer", ZH)).isEqualTo("执法人员");
    }

    @Test
    void aCredentialsStatusChangeIsNamedByTheStatusItChangedTo() {
        assertThat(names.entry("registry", "credential.status-changed",
                "{\"$entry\":{},\"from\":\"VALID\",\"status\":\"SUSPENDED\"}", ZH)).isEqualTo("执法证暂扣");
    }

    @Test
    void aValueWithoutItsOwnNameTakesTheEntryTypesName() {
        assertThat(names.entry("registry", "credential.status-changed", "{\"status\":\"REVOKED\"}", ZH))
                .isEqualTo("执法证状态变更");
        assertThat(names.entry("registry", "credential.status-changed", "{}", ZH)).isEqualTo("执法证状态变更");
    }

    @Test
    void whatNoModuleNamesShowsAsItsCode() {
        assertThat(names.entry("test", "case.opened", "{}", ZH)).isEqualTo("case.opened");
        assertThat(names.module("test", ZH)).isEqualTo("test");
        assertThat(names.subjectType("case", ZH)).isEqualTo("case");
    }

    @Test
    void theFiltersOfferEveryModuleAndSubjectTypeByName() {
        assertThat(names.modules(ZH)).extracting(EntryNames.Option::name).containsExactlyInAnyOrder("证据",
                "执法主体与人员名录");
        assertThat(names.modules(ZH)).extracting(EntryNames.Option::code).containsExactlyInAnyOrder("evidence",
                "registry");
        assertThat(names.subjectTypes(ZH)).extracting(EntryNames.Option::name).containsExactlyInAnyOrder("执法人员",
                "执法主体", "证据");
    }
}
