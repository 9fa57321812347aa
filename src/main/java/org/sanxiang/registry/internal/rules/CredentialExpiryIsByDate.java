package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.CredentialStatus;
import org.springframework.stereotype.Component;

/** 过期 follows from the validity printed on the card; nobody sets it by hand. */
@Component
public class CredentialExpiryIsByDate extends LegalRule<StatusChangeRequest> {

    public CredentialExpiryIsByDate() {
        super("credential-expiry-is-by-date",
                "司法部办公厅《关于做好全国统一行政执法证件标准样式实施工作的通知》（司办通〔2020〕78号）：证件载明有效期",
                UNPROCESSABLE, "执法证过期与否由证件载明的有效期决定，不能手动设置",
                "Whether a credential has expired follows from its validity date and is never set by hand",
                StatusChangeRequest.COMMAND);
    }

    @Override
    public Optional<Refusal> check(StatusChangeRequest facts) {
        return facts.to() == CredentialStatus.EXPIRED
                ? refuse("“过期”由有效期自动确定，不能手动设置", "Expiry follows from the validity date and cannot be set")
                : allowed();
    }
}
