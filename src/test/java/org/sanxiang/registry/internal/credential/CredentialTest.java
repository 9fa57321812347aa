package org.sanxiang.registry.internal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.registry.CredentialStatus;

/** Whether a credential entitled its holder to enforce on a given day, from its status history. */
class CredentialTest {

    static final LocalDate ISSUED = LocalDate.of(2023, 1, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 12, 31);

    final Credential credential = new Credential(1, "HN-0001", "湖南省人民政府", ISSUED, VALID_UNTIL,
            List.of("market"), null);
    /** Newest first, as the repository returns it. */
    final List<CredentialStatusChange> history = new ArrayList<>();

    @Test
    void aCredentialSuspendedTodayWasValidLastYear() {
        // entered into the registry long after it was issued, then suspended
        record(LocalDate.of(2025, 6, 1), null, CredentialStatus.VALID);
        record(LocalDate.of(2025, 9, 10), CredentialStatus.VALID, CredentialStatus.SUSPENDED);

        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 9, 10), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2025, 9, 9), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2025, 9, 10), history))
                .as("a change holds from the day it is recorded").isFalse();
        assertThat(credential.statusOn(LocalDate.of(2024, 9, 10), history)).isEqualTo(CredentialStatus.VALID);
    }

    @Test
    void aCredentialSuspendedInMarchAndReinstatedInMayWasNotValidInApril() {
        record(ISSUED, null, CredentialStatus.VALID);
        record(LocalDate.of(2024, 3, 15), CredentialStatus.VALID, CredentialStatus.SUSPENDED);
        record(LocalDate.of(2024, 5, 20), CredentialStatus.SUSPENDED, CredentialStatus.VALID);

        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 3, 14), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 4, 15), history)).isFalse();
        assertThat(credential.statusOn(LocalDate.of(2024, 4, 15), history)).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 5, 20), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2025, 1, 1), history)).isTrue();
    }

    @Test
    void aRevokedCredentialWasValidBeforeTheRevocationOnly() {
        record(ISSUED, null, CredentialStatus.VALID);
        record(LocalDate.of(2024, 7, 1), CredentialStatus.VALID, CredentialStatus.REVOKED);

        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 6, 30), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 7, 1), history)).isFalse();
    }

    @Test
    void noCredentialPermitsEnforcementBeforeItsIssueOrAfterItsValidity() {
        record(ISSUED, null, CredentialStatus.VALID);

        assertThat(credential.permitsEnforcementOn(ISSUED.minusDays(1), history)).isFalse();
        assertThat(credential.permitsEnforcementOn(ISSUED, history)).isTrue();
        assertThat(credential.permitsEnforcementOn(VALID_UNTIL, history)).isTrue();
        assertThat(credential.permitsEnforcementOn(VALID_UNTIL.plusDays(1), history)).isFalse();
        assertThat(credential.statusOn(VALID_UNTIL.plusDays(1), history)).isEqualTo(CredentialStatus.EXPIRED);
    }

    @Test
    void theDayOfAChangeIsTheBeijingDay() {
        record(ISSUED, null, CredentialStatus.VALID);
        // 2024-03-15 00:30 Beijing time is still 2024-03-14 in UTC
        history.add(0, new CredentialStatusChange(1, CredentialStatus.VALID, CredentialStatus.SUSPENDED, "暂扣",
                LocalDateTime.of(2024, 3, 15, 0, 30).atZone(ChinaTime.ZONE).toInstant()));

        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 3, 14), history)).isTrue();
        assertThat(credential.permitsEnforcementOn(LocalDate.of(2024, 3, 15), history)).isFalse();
    }

    private void record(LocalDate on, CredentialStatus from, CredentialStatus to) {
        history.add(0, new CredentialStatusChange(1, from, to, "reason",
                on.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()));
    }
}
