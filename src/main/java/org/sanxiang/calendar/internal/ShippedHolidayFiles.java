package org.sanxiang.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The holiday-cn year files shipped in the jar under {@code calendar/holidays-cn/} (MIT, see the LICENSE there).
 * They seed an empty database; after that the database is the source of truth.
 */
final class ShippedHolidayFiles {

    private static final String LOCATION = "classpath*:calendar/holidays-cn/*.json";
    private static final Pattern YEAR_FILE = Pattern.compile("\\d{4}\\.json");

    /** A shipped file as it is in the jar, so its import records the hash of exactly these bytes. */
    record Shipped(String name, byte[] json) {

        HolidayFile parse() {
            return HolidayFileParser.parse(json);
        }
    }

    private ShippedHolidayFiles() {
    }

    static List<Shipped> load() {
        List<Shipped> files = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                if (r.getFilename() != null && YEAR_FILE.matcher(r.getFilename()).matches()) {
                    try (InputStream in = r.getInputStream()) {
                        files.add(new Shipped(r.getFilename(), in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped holiday files", e);
        }
        files.sort(Comparator.comparing(Shipped::name));
        return files;
    }

    /** Every shipped year, checked like an import: a broken shipped file fails the unit tests. */
    static List<HolidayFile> parsed() {
        return load().stream().map(Shipped::parse).toList();
    }
}
