package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * A credential entitles its holder in the areas (执法区域) it names. The place of the act is written in full
 * ("衡阳市蒸湘区…"), so it lies in an area when it contains the area's name: an area "衡阳市" covers "衡阳市蒸湘区".
 * A credential that names no area, or a question that names no place, is not held to this rule.
 */
@Component
public class CredentialCoversArea extends LegalRule<ActingOfficer> {

    public CredentialCoversArea() {
        super("credential-covers-area", "行政处罚法 第四十二条；司办通〔2020〕78号（证件载明执法区域）", CONFLICT,
                "执法人员只能在执法证载明的执法区域内执法",
                "An officer acts only in the areas her credential names", ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        ActingOfficer.Held held = facts.credential();
        if (held == null || held.areas().isEmpty() || facts.area() == null || facts.area().isBlank()
                || held.areas().stream().anyMatch(facts.area()::contains)) {
            return allowed();
        }
        return refuse("执法证 " + held.number() + " 载明的执法区域（" + String.join("、", held.areas()) + "）不含“"
                + facts.area() + "”", "Credential " + held.number() + " names the areas " + held.areas()
                + ", not '" + facts.area() + "'");
    }
}
