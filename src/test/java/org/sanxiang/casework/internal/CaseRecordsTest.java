package org.sanxiang.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseEvent;

class CaseRecordsTest {

    /** Each entry casework writes carries the whole case, so each is one that {@code ledger verify} reconciles. */
    @Test
    void everyEntryCaseworkWritesDescribesTheWholeCase() {
        assertThat(new CaseRecords(null, null).entryTypes()).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                CaseEvent.class.getPermittedSubclasses()).map(CaseRecordsTest::entryType).toList());
    }

    private static String entryType(Class<?> type) {
        try {
            return ((CaseEvent) type.getDeclaredConstructor(long.class, long.class, Map.class)
                    .newInstance(1L, 1L, Map.of())).entryType();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
