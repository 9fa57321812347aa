package org.sanxiang.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lists an agency publishes before it enforces (事前公开), the 重大执法决定目录 among them. {@link #path()} is the list's name in the API
 * ({@code GET /api/v1/public/catalog/{list}}) and in addresses, {@link #key()} its key in the JSON import format.
 * The 执法流程图 and the 音像记录事项清单 come from casework's procedures; the portal section links them.
 */
public enum CatalogList {
    /** 行政执法事项清单（权责清单） */
    POWERS("powers", "powers", "category", "responsibleUnit", List.of("legalBasis")),
    /** 随机抽查事项清单 */
    INSPECTION_ITEMS("inspection-items", "inspectionItems", null, "subject", List.of("legalBasis")),
    /** 行政许可和公共服务事项服务指南 */
    SERVICE_GUIDES("service-guides", "serviceGuides", null, "acceptingBody", List.of("legalBasis")),
    /** 违法行为与行政处罚裁量基准 */
    VIOLATIONS("discretion-benchmarks", "violations", null, null, List.of("violatedProvision", "penaltyProvision")),
    /** 收费项目 */
    FEES("fees", "fees", null, null, List.of("legalBasis")),
    /** 救济渠道与监督方式 */
    REMEDIES("remedies", "remedies", null, "reviewBody", List.of("legalBasis")),
    /** 重大执法决定法制审核目录清单: which decisions the legal review must pass first (行政处罚法 第五十八条) */
    MAJOR_DECISIONS("major-decisions", "majorDecisions", null, "reviewUnit", List.of("legalBasis"));

    private final String path;
    private final String key;
    private final String categoryField;
    private final String unitField;
    private final List<String> basisFields;

    CatalogList(String path, String key, String categoryField, String unitField, List<String> basisFields) {
        this.path = path;
        this.key = key;
        this.categoryField = categoryField;
        this.unitField = unitField;
        this.basisFields = basisFields;
    }

    public String path() {
        return path;
    }

    public String key() {
        return key;
    }

    /** The item's field a reader filters by category (only 权责清单 has categories), or {@code null}. */
    public String categoryField() {
        return categoryField;
    }

    /** The item's field naming the body or unit that does it, which a reader filters by, or {@code null}. */
    public String unitField() {
        return unitField;
    }

    /** The item's fields that hold legal-basis citations; each must cite at least one. */
    public List<String> basisFields() {
        return basisFields;
    }

    public static Optional<CatalogList> byPath(String path) {
        return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
    }

    public static Optional<CatalogList> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
