package org.sanxiang.platform;

/** The roles of the people who use Sanxiang; the Chinese names are those of the seeds. */
public enum Role {
    /** 执法人员 */
    OFFICER,
    /** 承办机构负责人 */
    UNIT_HEAD,
    /** 法制审核人员 */
    LEGAL_REVIEWER,
    /** 机关负责人 */
    AGENCY_HEAD,
    /** 公示管理员 */
    DISCLOSURE_ADMIN,
    /** 监督人员, in a superior government: sees the agencies under its supervision */
    SUPERVISOR,
    /** 系统管理员: of one agency (and those under it), or of the whole platform when it has no agency */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
