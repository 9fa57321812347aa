package org.sanxiang.document.internal.pdf;

/**
 * The agency whose seal a document carries.
 *
 * @param id   the registry's agency id
 * @param name its full name as on its seal, e.g. 衡阳市市场监督管理局
 * @param code its 统一社会信用代码 (GB 32100), which names its CA-issued keystore in the configuration
 */
public record SealAgency(long id, String name, String code) {

    public SealAgency {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a seal needs the agency's name");
        }
    }
}
