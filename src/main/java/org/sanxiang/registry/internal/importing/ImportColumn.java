package org.sanxiang.registry.internal.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.InvalidInputException;

/**
 * The columns of an officer list, the same in the export, the template and the import, so that an exported list
 * can be corrected and imported again. The header row names them in Chinese; the import finds them by name, so an
 * older template without the optional columns still imports.
 */
public enum ImportColumn {
    /** The officer's number in the registry: filled in, the row updates her; empty, it registers a new officer. */
    ID("编号", "ID", false),
    AGENCY("执法主体", "Agency", false),
    NAME("姓名", "Name", true),
    GENDER("性别", "Gender", false),
    ID_NUMBER("身份证号码", "ID number", true),
    UNIT("所在机构", "Unit", false),
    POSITION("职务", "Position", false),
    DOMAINS("执法领域", "Enforcement domains", true),
    AREAS("执法区域", "Enforcement areas", false),
    ACTIVE("在岗", "In service", false),
    CREDENTIAL_NUMBER("执法证号", "Credential number", true),
    ISSUER("发证机关", "Issuer", true),
    ISSUED_ON("发证日期", "Issued on", true),
    VALID_UNTIL("有效期至", "Valid until", true),
    STATUS("证件状态", "Credential status", false);

    private final String zh;
    private final String en;
    private final boolean required;

    ImportColumn(String zh, String en, boolean required) {
        this.zh = zh;
        this.en = en;
        this.required = required;
    }

    /** The header as the file has it. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::zh).toList();
    }

    /** Where each column is in a file, by its header row; every required column must be there, nothing unknown. */
    static Map<ImportColumn, Integer> locate(List<String> header) {
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            ImportColumn column = Arrays.stream(values()).filter(c -> c.zh.equals(name)).findFirst()
                    .orElseThrow(() -> refused("未知的列“" + name + "”", "Unknown column \u201c" + name + "\u201d"));
            if (found.put(column, i) != null) {
                throw refused("列“" + name + "”出现了两次", "Column \u201c" + name + "\u201d appears twice");
            }
        }
        List<String> missing = Arrays.stream(values()).filter(c -> c.required && !found.containsKey(c))
                .map(ImportColumn::zh).toList();
        if (!missing.isEmpty()) {
            throw refused("缺少列：" + String.join("，", missing), "Columns missing: " + String.join(", ", missing));
        }
        return found;
    }

    private static InvalidInputException refused(String zh, String en) {
        return new InvalidInputException("第 1 行须为表头（" + zh + "）。列为：" + String.join("，", headers()),
                "Row 1 must be the header (" + en + "). The columns are: " + String.join(", ", headers()));
    }
}
