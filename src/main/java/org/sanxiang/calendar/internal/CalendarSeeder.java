package org.sanxiang.calendar.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds the shipped years into the database on start, after the migrations and before the web server takes
 * requests (singletons are initialised before the server starts), so no request ever meets an empty calendar.
 */
@Component
class CalendarSeeder implements SmartInitializingSingleton {

    private final CalendarImporter importer;

    CalendarSeeder(CalendarImporter importer) {
        this.importer = importer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        importer.seedShippedYears();
    }
}
