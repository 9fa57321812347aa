package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;

import org.junit.jupiter.api.Test;

class VisibleAgenciesTest {

    @Test
    void anAgencysUsersSeeItsRecordsAndNoOtherBranchs() {
        VisibleAgencies cityAndCounty = VisibleAgencies.only(Set.of(2L, 3L));

        assertThat(cityAndCounty.contains(3L)).isTrue();
        assertThat(cityAndCounty.contains(4L)).isFalse();
        assertThat(cityAndCounty.ids()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void aPlatformWideRecordIsVisibleOnlyToWhoSeesAllAgencies() {
        assertThat(VisibleAgencies.all().contains(null)).isTrue();
        assertThat(VisibleAgencies.only(Set.of(2L)).contains(null)).isFalse();
    }

    @Test
    void aUserWithoutAnAgencyWhoIsNoPlatformAdministratorSeesNothing() {
        VisibleAgencies none = VisibleAgencies.only(Set.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.contains(1L)).isFalse();
    }

    @Test
    void allAgenciesIsSaidNotListed() {
        assertThat(VisibleAgencies.all().isAll()).isTrue();
        assertThat(VisibleAgencies.all().isEmpty()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> VisibleAgencies.all().ids());
    }
}
