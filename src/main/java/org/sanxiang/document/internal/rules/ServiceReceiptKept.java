package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.document.internal.ServiceMethod;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 民事诉讼法 第八十七条 (送达回证 signed by the person served; the date of signing is the service date) and 第九十一条 (by post: the date
 * on the receipt).
 */
@Component
public class ServiceReceiptKept extends LegalRule<DocumentServe> {

    public ServiceReceiptKept() {
        super("service-receipt-kept", "民事诉讼法 第八十七条、第九十一条", UNPROCESSABLE, "直接送达、邮寄送达须附受送达人签收的送达回证或邮件回执",
                "Service in person or by post keeps the signed proof of service or the postal receipt",
                DocumentServe.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentServe facts) {
        boolean needed = facts.method() == ServiceMethod.DIRECT || facts.method() == ServiceMethod.POSTAL;
        if (!needed) {
            return allowed();
        }
        if (facts.receiver() == null || facts.receiver().isBlank()) {
            return refuse("请填写签收人", "Name the person who signed for it");
        }
        return facts.receipt() ? allowed() : refuse(facts.method() == ServiceMethod.POSTAL
                ? "请附上邮件回执（签收日期为送达日期）" : "请附上签收的送达回证（或其照片）",
                "Attach the signed proof of service or the postal receipt");
    }
}
