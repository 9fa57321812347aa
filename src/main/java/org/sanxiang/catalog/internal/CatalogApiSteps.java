package org.sanxiang.catalog.internal;

import java.time.LocalDate;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;

/**
 * A step by its name (submit, pass, return, publish, repeal), as both the API and the pages take it: drafting
 * steps are the editors', the review's rules say who reviews.
 */
final class CatalogApiSteps {

    private CatalogApiSteps() {
    }

    static void run(CatalogService catalog, CurrentUser user, long id, String step, String reason, LocalDate date) {
        switch (step) {
            case "submit" -> CatalogApi.requireEditor(user, () -> catalog.submit(user, id));
            case "pass" -> catalog.pass(user, id, reason);
            case "return" -> catalog.returnForChanges(user, id, reason == null ? "" : reason);
            case "publish" -> CatalogApi.requireEditor(user, () -> catalog.publish(user, id, date));
            case "repeal" -> CatalogApi.requireEditor(user, () -> catalog.repeal(user, id,
                    date == null ? catalog.today() : date, reason == null ? "" : reason));
            default -> throw new InvalidInputException("没有该操作：" + step, "No such step: " + step);
        }
    }

    static long amend(CatalogService catalog, CurrentUser user, long id) {
        long[] created = new long[1];
        CatalogApi.requireEditor(user, () -> created[0] = catalog.amend(user, id));
        return created[0];
    }
}
