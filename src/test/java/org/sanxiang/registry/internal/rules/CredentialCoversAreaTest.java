package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.registry.CredentialStatus;

class CredentialCoversAreaTest {

    final CredentialCoversArea rule = new CredentialCoversArea();
    final ActingOfficer.Held zhengxiang = Acts.credential(CredentialStatus.VALID, LocalDate.of(2027, 12, 31),
            List.of("蒸湘区", "雁峰区"));

    @Test
    void anOfficerActsOnlyInTheAreasHerCredentialNames() {
        assertThat(rule.check(at(zhengxiang, "衡阳市蒸湘区解放大道 1 号"))).isEmpty();
        assertThat(rule.check(at(zhengxiang, "衡阳县西渡镇"))).hasValueSatisfying(r -> assertThat(r.messages().zh())
                .startsWith("执法证 HN-0001 载明的执法区域（蒸湘区、雁峰区）不含“衡阳县西渡镇”"));
    }

    @Test
    void aCredentialNamingNoAreaOrAQuestionNamingNoPlaceIsNotHeldToIt() {
        assertThat(rule.check(at(Acts.valid(), "衡阳县西渡镇"))).isEmpty();
        assertThat(rule.check(at(zhengxiang, null))).isEmpty();
    }

    private static ActingOfficer at(ActingOfficer.Held credential, String place) {
        return new ActingOfficer(true, credential, "market", Acts.MARKET, place, Acts.DAY);
    }
}
