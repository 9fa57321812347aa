package org.sanxiang.review.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.platform.rule.Text;

/**
 * What the legal reviewer answers for each major decision: the items of 国办发〔2018〕118号 三（三） ("主要包括行政执法
 * 主体是否合法，行政执法人员是否具备执法资格；行政执法程序是否合法；案件事实是否清楚，证据是否合法充分；适用法律、法规、
 * 规章是否准确，裁量基准运用是否适当；执法是否超越执法机关法定权限；行政执法文书是否完备、规范；违法行为是否涉嫌犯罪、
 * 需要移送司法机关等") and of the seeds' 审核内容 (000 §三4, 002 §三(三)2), each answered yes or no with a note.
 */
public final class Checklist {

    /** The items, in the order the opinion prints them: key → the question, answered "yes" when it holds. */
    public static final Map<String, Text> ITEMS = items(
            "subject", "执法主体合法", "The enforcing body is lawful",
            "officers", "执法人员具备执法资格", "The officers hold valid credentials",
            "authority", "未超越法定权限", "Within the agency's statutory authority",
            "procedure", "执法程序合法", "The procedure was lawful",
            "facts", "案件事实清楚", "The facts are clear",
            "evidence", "证据合法充分", "The evidence is lawful and sufficient",
            "law", "适用法律、法规、规章准确", "Laws, regulations and rules are applied correctly",
            "discretion", "裁量基准运用适当", "The discretion benchmark is applied properly",
            "documents", "执法文书完备、规范", "The documents are complete and in form",
            "noCrime", "不涉嫌犯罪、无需移送司法机关", "No suspected crime to transfer to the judiciary");

    private Checklist() {
    }

    private static Map<String, Text> items(String... triples) {
        Map<String, Text> items = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            items.put(triples[i], new Text(triples[i + 1], triples[i + 2]));
        }
        return items;
    }

    /** One item answered: whether it holds, and the reviewer's note (required when it does not). */
    public record Answer(boolean holds, String note) {
    }
}
