package org.sanxiang.catalog.internal.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;

class CatalogVersionTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    CatalogVersion published(LocalDate from) {
        CatalogVersion v = new CatalogVersion(1, 1, ItemContent.parse(CatalogList.FEES, "{\"code\":\"F\",\"name\":\"x\"}"),
                null, "drafter");
        v.submit();
        v.pass("reviewer", null);
        v.publish("admin", Instant.now(), from, "hash");
        return v;
    }

    @Test
    void aPublishedVersionIsInForceFromItsEffectiveDateOn() {
        CatalogVersion v = published(JAN);
        assertThat(v.inForceOn(JAN.minusDays(1))).isFalse();
        assertThat(v.inForceOn(JAN)).isTrue();
        assertThat(v.inForceOn(JAN.plusYears(5))).isTrue();
    }

    @Test
    void aSupersededVersionIsInForceUpToTheDayBeforeItsSuccessor() {
        CatalogVersion v = published(JAN);
        v.supersede(JUL);
        assertThat(v.inForceOn(JUL.minusDays(1))).isTrue();
        assertThat(v.inForceOn(JUL)).isFalse();
        assertThat(v.getEffectiveUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aRepealedVersionIsNoLongerInForceFromTheRepealOn() {
        CatalogVersion v = published(JAN);
        v.repeal(JUL, "依据已废止");
        assertThat(v.inForceOn(JUL.minusDays(1))).isTrue();
        assertThat(v.inForceOn(JUL)).isFalse();
    }

    @Test
    void aDraftIsNeverInForce() {
        CatalogVersion draft = new CatalogVersion(1, 1, ItemContent.parse(CatalogList.FEES,
                "{\"code\":\"F\",\"name\":\"x\"}"), JAN, "drafter");
        assertThat(draft.inForceOn(JUL)).isFalse();
    }
}
