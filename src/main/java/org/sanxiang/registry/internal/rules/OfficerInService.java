package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** Only an officer at her enforcement post acts: one who left it (调离执法岗位) no longer does, credential or not. */
@Component
public class OfficerInService extends LegalRule<ActingOfficer> {

    public OfficerInService() {
        super("officer-in-service", "行政处罚法 第四十二条（行政处罚由具有行政执法资格的执法人员实施）", CONFLICT,
                "只有在执法岗位上的执法人员才能执法", "Only an officer at an enforcement post may act",
                ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        return facts.inService() ? allowed()
                : refuse("该执法人员不存在或已不在执法岗位", "No such officer at an enforcement post");
    }
}
