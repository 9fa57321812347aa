package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** The legality review is made by the agency's own legal-review staff (法制审核人员), not by another agency's. */
@Component
public class ReviewerIsAgencyLegalReviewer extends LegalRule<VersionStep> {

    public ReviewerIsAgencyLegalReviewer() {
        super("reviewer-is-agency-legal-reviewer", "国办发〔2018〕118号（法制审核机构和人员）；seed 000 二（一）2",
                CONFLICT, "合法性审核由本机关的法制审核人员作出",
                "The legality review is made by a legal reviewer of the agency itself", VersionStep.PASS,
                VersionStep.RETURN);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        boolean own = facts.actor().agencyId() != null && facts.actor().agencyId() == facts.agencyId();
        return own && facts.actor().has(Role.LEGAL_REVIEWER) ? allowed()
                : refuse("只有本机关的法制审核人员才能作出合法性审核", "Only a legal reviewer of this agency reviews it");
    }
}
