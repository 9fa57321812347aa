package org.sanxiang.registry.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.platform.rule.Text;
import org.sanxiang.registry.CredentialStatus;

/** Facts of an officer acting, for the rules' tests: a market officer of 蒸湘区 on 2025-06-01 unless changed. */
final class Acts {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final Text MARKET = new Text("市场监管", "Market regulation");

    private Acts() {
    }

    static ActingOfficer.Held credential(CredentialStatus status, LocalDate validUntil, List<String> areas) {
        return new ActingOfficer.Held("HN-0001", LocalDate.of(2023, 1, 1), validUntil, status, List.of("market"),
                areas);
    }

    static ActingOfficer.Held valid() {
        return credential(CredentialStatus.VALID, LocalDate.of(2027, 12, 31), List.of());
    }

    static ActingOfficer acting(ActingOfficer.Held credential) {
        return new ActingOfficer(true, credential, "market", MARKET, null, DAY);
    }
}
