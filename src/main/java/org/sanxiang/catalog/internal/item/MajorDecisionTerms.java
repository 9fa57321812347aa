package org.sanxiang.catalog.internal.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.platform.rule.Text;

/**
 * The words a 重大执法决定 criterion is written in: each condition's terms as casework names them (its codes) and as
 * the list publishes them (its Chinese words, as casework's forms show them). An agency writes either; the lookup
 * reads codes.
 */
public final class MajorDecisionTerms {

    /** The fields of a criterion that hold terms, each with its terms in order: code → 中文. */
    public static final Map<String, Map<String, String>> TERMS = Map.of(
            "procedures", linked("GENERAL_PENALTY", "行政处罚普通程序", "SUMMARY_PENALTY", "行政处罚简易程序",
                    "COERCIVE_MEASURE", "行政强制措施", "INSPECTION", "行政检查"),
            "outcomes", linked("PENALTY", "给予行政处罚", "NO_PENALTY", "不予行政处罚", "TRANSFER_JUDICIAL", "移送司法机关",
                    "TRANSFER_OTHER", "移送其他行政机关", "WITHDRAW", "撤销立案", "MEASURE", "实施行政强制措施"),
            "penalties", linked("WARNING", "警告、通报批评", "FINE", "罚款", "FINE_AND_CONFISCATION", "罚款并没收违法所得、非法财物",
                    "CONFISCATION", "没收违法所得、没收非法财物", "LICENCE", "暂扣许可证件、降低资质等级、吊销许可证件",
                    "BUSINESS", "限制开展生产经营活动、责令停产停业、责令关闭、限制从业"),
            "flags", MajorDecisionCriteria.FLAGS);

    private static final Set<String> YES = Set.of("是", "true", "yes", "Y", "1");
    private static final Set<String> NO = Set.of("", "否", "false", "no", "N", "0");

    private MajorDecisionTerms() {
    }

    /** The codes of a term field's lines, each line a code or its words; what is neither is a problem. */
    public static Set<String> codes(String field, List<String> lines, List<Text> problems) {
        Map<String, String> terms = TERMS.get(field);
        Set<String> codes = new LinkedHashSet<>();
        for (String line : lines) {
            String term = line.strip();
            Optional<String> code = terms.containsKey(term) ? Optional.of(term) : terms.entrySet().stream()
                    .filter(e -> e.getValue().equals(term)).map(Map.Entry::getKey).findFirst();
            code.ifPresentOrElse(codes::add, () -> problems.add(new Text(
                    "“" + term + "”不是可选的" + FIELD_ZH.get(field) + "：" + String.join("；", terms.values()),
                    "'" + term + "' is not one of the " + field + ": " + String.join(", ", terms.keySet()))));
        }
        return codes;
    }

    /** An amount in yuan, {@code null} when blank; a problem when it is not a non-negative number. */
    public static BigDecimal amount(String field, String value, List<Text> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace(",", "").replace("，", ""));
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        problems.add(new Text(FIELD_ZH.get(field) + "须为不小于 0 的金额（元）：" + value,
                field + " must be an amount of 0 yuan or more: " + value));
        return null;
    }

    public static boolean yes(String value, List<Text> problems) {
        String v = value == null ? "" : value.strip();
        if (!YES.contains(v) && !NO.contains(v)) {
            problems.add(new Text("经过听证须填“是”或“否”：" + value, "Hearing held is 是 or 否: " + value));
        }
        return YES.contains(v);
    }

    private static final Map<String, String> FIELD_ZH = Map.of("procedures", "程序", "outcomes", "决定类型",
            "penalties", "处罚种类", "flags", "情形", "minAmountPerson", "对公民罚没款数额",
            "minAmountOrganisation", "对法人或其他组织罚没款数额");

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Every problem of a criterion's content: unknown terms, bad amounts, no condition at all. */
    public static List<Text> problems(ItemContent item) {
        List<Text> problems = new ArrayList<>();
        boolean any = false;
        for (String field : TERMS.keySet()) {
            any |= !codes(field, item.lines(field), problems).isEmpty();
        }
        any |= amount("minAmountPerson", item.text("minAmountPerson"), problems) != null;
        any |= amount("minAmountOrganisation", item.text("minAmountOrganisation"), problems) != null;
        any |= yes(item.text("hearingHeld"), problems);
        any |= !item.lines("domains").isEmpty();
        if (!any) {
            problems.add(new Text("重大执法决定的标准须至少有一项条件（程序、决定类型、处罚种类、数额、听证、领域或情形）",
                    "A major-decision criterion has at least one condition"));
        }
        return problems;
    }
}
