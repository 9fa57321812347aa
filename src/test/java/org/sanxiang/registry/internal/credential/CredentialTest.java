package org.sanxiang.registry.internal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.rule.RuleSet;
import org.sanxiang.platform.rule.Text;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.internal.rules.ActingOfficer;
import org.sanxiang.registry.internal.rules.CredentialNotExpired;
import org.sanxiang.registry.internal.rules.CredentialNotWithdrawn;
import org.sanxiang.registry.internal.rules.OfficerHoldsCredential;

/** Whether a credential entitled its holder to enforce on a given day, from its status history. */
class CredentialTest {

    static final LocalDate ISSUED = LocalDate.of(2023, 1, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 12, 31);

    final Credential credential = new Credential(1, "HN-0001", "湖南省人民政府", ISSUED, VALID_UNTIL,
            List.of("market"), null);
    /** Newest first, as the repository returns it. */
    final List<CredentialStatusChange> history = new ArrayList<>();

    /** The rules of "may this officer act" that look at the credential's dates and status. */
    final RuleSet<ActingOfficer> rules = RuleSet.of(List.of(new OfficerHoldsCredential(), new CredentialNotExpired(),
            new CredentialNotWithdrawn()));

    @Test
    void aCredentialSuspendedTodayWasValidLastYear() {
        // entered into the registry long after it was issued, then suspended
        record(LocalDate.of(2025, 6, 1), null, CredentialStatus.VALID);
        record(LocalDate.of(2025, 9, 10), CredentialStatus.VALID, CredentialStatus.SUSPENDED);

        assertThat(permitsEnforcementOn(LocalDate.of(2024, 9, 10), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2025, 9, 9), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2025, 9, 10), history))
                .as("a change holds from the day it is recorded").isFalse();
        assertThat(credential.heldOn(LocalDate.of(2024, 9, 10), history).status()).isEqualTo(CredentialStatus.VALID);
    }

    @Test
    void aCredentialSuspendedInMarchAndReinstatedInMayWasNotValidInApril() {
        record(ISSUED, null, CredentialStatus.VALID);
        record(LocalDate.of(2024, 3, 15), CredentialStatus.VALID, CredentialStatus.SUSPENDED);
        record(LocalDate.of(2024, 5, 20), CredentialStatus.SUSPENDED, CredentialStatus.VALID);

        assertThat(permitsEnforcementOn(LocalDate.of(2024, 3, 14), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2024, 4, 15), history)).isFalse();
        assertThat(credential.heldOn(LocalDate.of(2024, 4, 15), history).status()).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(permitsEnforcementOn(LocalDate.of(2024, 5, 20), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2025, 1, 1), history)).isTrue();
    }

    @Test
    void aRevokedCredentialWasValidBeforeTheRevocationOnly() {
        record(ISSUED, null, CredentialStatus.VALID);
        record(LocalDate.of(2024, 7, 1), CredentialStatus.VALID, CredentialStatus.REVOKED);

        assertThat(permitsEnforcementOn(LocalDate.of(2024, 6, 30), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2024, 7, 1), history)).isFalse();
    }

    @Test
    void noCredentialPermitsEnforcementBeforeItsIssueOrAfterItsValidity() {
        record(ISSUED, null, CredentialStatus.VALID);

        assertThat(permitsEnforcementOn(ISSUED.minusDays(1), history)).isFalse();
        assertThat(permitsEnforcementOn(ISSUED, history)).isTrue();
        assertThat(permitsEnforcementOn(VALID_UNTIL, history)).isTrue();
        assertThat(permitsEnforcementOn(VALID_UNTIL.plusDays(1), history)).isFalse();
        assertThat(credential.heldOn(ISSUED.minusDays(1), history)).as("not held before its issue").isNull();
    }

    @Test
    void theDayOfAChangeIsTheBeijingDay() {
        record(ISSUED, null, CredentialStatus.VALID);
        // 2024-03-15 00:30 Beijing time is still 2024-03-14 in UTC
        history.add(0, new CredentialStatusChange(1, CredentialStatus.VALID, CredentialStatus.SUSPENDED, "暂扣",
                LocalDateTime.of(2024, 3, 15, 0, 30).atZone(ChinaTime.ZONE).toInstant()));

        assertThat(permitsEnforcementOn(LocalDate.of(2024, 3, 14), history)).isTrue();
        assertThat(permitsEnforcementOn(LocalDate.of(2024, 3, 15), history)).isFalse();
    }

    private boolean permitsEnforcementOn(LocalDate date, List<CredentialStatusChange> history) {
        return rules.refusals(new ActingOfficer(true, credential.heldOn(date, history), "market",
                new Text("市场监管", "Market regulation"), null, date)).isEmpty();
    }

    private void record(LocalDate on, CredentialStatus from, CredentialStatus to) {
        history.add(0, new CredentialStatusChange(1, from, to, "reason",
                on.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()));
    }
}
