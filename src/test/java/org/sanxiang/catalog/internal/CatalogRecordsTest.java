package org.sanxiang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogEvent;

class CatalogRecordsTest {

    /** Each step's entry carries the whole version, so each is one that {@code ledger verify} reconciles against. */
    @Test
    void everyEntryTheCatalogWritesDescribesTheWholeVersion() {
        assertThat(new CatalogRecords(null).entryTypes()).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                CatalogEvent.class.getPermittedSubclasses()).map(CatalogRecordsTest::entryType).toList());
    }

    private static String entryType(Class<?> type) {
        try {
            return ((CatalogEvent) type.getDeclaredConstructor(long.class, long.class, Map.class)
                    .newInstance(1L, 1L, Map.of())).entryType();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
