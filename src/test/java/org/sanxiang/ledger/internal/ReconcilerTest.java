package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.ReconciledRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which facts of a row and of its latest entry are compared. */
class ReconcilerTest {

    private static final ReconciledRecords CREDENTIALS = new ReconciledRecords() {
        @Override
        public String recordType() {
            return "credential";
        }

        @Override
        public String nameZh() {
            return "执法证";
        }

        @Override
        public Set<String> entryTypes() {
            return Set.of("credential.issued");
        }

        @Override
        public Set<String> laterFacts() {
            return Set.of("areas");
        }

        @Override
        public Set<String> changeFacts() {
            return Set.of("reason");
        }

        @Override
        public void forEachRow(Consumer<Row> action) {
        }
    };

    @Test
    void aRowThatSaysWhatItsEntrySaysDoesNotDiffer() {
        assertThat(differing("{\"number\":\"A1\",\"domains\":[\"market\"]}",
                "{\"$entry\":{\"type\":\"credential.issued\"},\"domains\":[\"market\"],\"number\":\"A1\"}")).isEmpty();
    }

    @Test
    void aChangedFactIsNamed() {
        assertThat(differing("{\"number\":\"A1\",\"status\":\"VALID\"}", "{\"number\":\"A1\",\"status\":\"REVOKED\"}"))
                .containsExactly("status");
    }

    @Test
    void aFactOneSideLeavesOutCountsAsNull() {
        assertThat(differing("{\"place\":\"别处\"}", "{}")).containsExactly("place");
        assertThat(differing("{}", "{\"place\":\"现场\"}")).containsExactly("place");
        assertThat(differing("{\"place\":null}", "{}")).isEmpty();
    }

    @Test
    void anOlderEntryWithoutALaterFactIsNotComparedOnIt() {
        assertThat(differing("{\"number\":\"A1\",\"areas\":\"雁峰区\"}", "{\"number\":\"A1\"}")).isEmpty();
        assertThat(differing("{\"areas\":\"雁峰区\"}", "{\"areas\":\"石鼓区\"}")).containsExactly("areas");
    }

    @Test
    void whatAnEntrySaysAboutTheChangeItselfIsNotARowFact() {
        assertThat(differing("{\"number\":\"A1\"}", "{\"number\":\"A1\",\"reason\":\"调离\"}")).isEmpty();
    }

    private static java.util.List<String> differing(String row, String entry) {
        JsonNode r = JsonMapper.shared().readTree(row);
        JsonNode e = JsonMapper.shared().readTree(entry);
        return Reconciler.differing(CREDENTIALS, r, e);
    }
}
