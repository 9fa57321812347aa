package org.sanxiang.calendar;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A result of working-day arithmetic that may rest on a guess. When {@link #estimated()} is true, some days lay
 * in {@link #yearsWithoutData()} and were counted as plain Monday–Friday weeks: the real result may differ once
 * that year's holiday notice is imported. Callers must show the flag to whoever relies on the value.
 */
public record Estimate<T>(T value, SortedSet<Integer> yearsWithoutData) {

    public Estimate {
        yearsWithoutData = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutData));
    }

    public boolean estimated() {
        return !yearsWithoutData.isEmpty();
    }
}
