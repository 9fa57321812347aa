package org.sanxiang.document.internal;

import java.util.Base64;

import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.InvalidInputException;

/** What the API and the pages send alike, read once: a signer's role, a method of service, an image as base64. */
final class DocumentRequests {

    private DocumentRequests() {
    }

    static Signer signer(String role) {
        try {
            return Signer.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("签名人须为 PARTY（当事人）或 OFFICERS（执法人员）",
                    "role is PARTY or OFFICERS");
        }
    }

    static ServiceMethod method(String method) {
        try {
            return ServiceMethod.valueOf(method == null ? "" : method);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("请选择送达方式（DIRECT、LEFT、POSTAL、ELECTRONIC 或 PUBLIC_NOTICE）",
                    "method is DIRECT, LEFT, POSTAL, ELECTRONIC or PUBLIC_NOTICE");
        }
    }

    /** Base64, or a {@code data:} URI as a canvas gives it; {@code null} when blank. */
    static byte[] image(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        String data = base64.startsWith("data:") ? base64.substring(base64.indexOf(',') + 1) : base64;
        try {
            return Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("图片无法读取（须为 base64 编码）", "An image is base64-encoded");
        }
    }
}
