package org.sanxiang.document.internal.pdf;

import org.sanxiang.platform.QrCodes;

/** Documents of the shapes the templates produce: a decision (行政处罚决定书) with its parts, of any length. */
final class SampleDocuments {

    static final String AGENCY = "衡阳市市场监督管理局";
    static final String VERIFY_URL = "https://zfj.example.gov.cn/v/D7K2Q9";

    private SampleDocuments() {
    }

    /** A decision whose reasoning is {@code paragraphs} paragraphs long and whose item list has {@code items} rows. */
    static String decision(int paragraphs, int items) {
        StringBuilder body = new StringBuilder();
        body.append("<p>当事人于2026年3月12日在其经营场所销售标签不符合食品安全标准的预包装食品，经查，违法所得人民币"
                + "壹仟贰佰元整。上述事实有现场笔录、询问笔录、抽样记录、检验报告等证据证实。</p>");
        for (int i = 1; i < paragraphs; i++) {
            body.append("<p>第").append(i).append("段：本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第六十七条"
                    + "的规定。证据采信理由：现场笔录由两名执法人员制作，当事人签字确认；检验报告由具有法定资质的机构出具。"
                    + "依据选择理由：当事人销售的食品标签缺少生产日期，属于《中华人民共和国食品安全法》第一百二十五条第一款"
                    + "第二项规定的情形。裁量理由：当事人初次违法，积极配合调查，依照裁量基准从轻处罚。</p>");
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>预包装食品（饼干）第").append(i)
                    .append("批，标签缺少生产日期</td><td>箱</td><td>").append(i * 3).append("</td></tr>");
        }
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>行政处罚决定书</title><style>"
                + DocumentStylesheet.css() + "</style></head><body>"
                + "<p class=\"agency\">" + AGENCY + "</p>"
                + "<h1 class=\"title\">行政处罚决定书</h1>"
                + "<p class=\"number\">衡市监处罚〔2026〕12号</p>"
                + "<table class=\"party\"><tbody>"
                + "<tr><th>当事人</th><td>衡阳市蒸湘区好味食品店</td></tr>"
                + "<tr><th>统一社会信用代码</th><td>92430408MA4L123456</td></tr>"
                + "<tr><th>经营者</th><td>王小明</td></tr>"
                + "<tr><th>住所</th><td>湖南省衡阳市蒸湘区解放大道88号</td></tr>"
                + "</tbody></table>"
                + "<div class=\"body\">" + body + "</div>"
                + (items > 0 ? "<table class=\"items\"><thead><tr><th>序号</th><th>物品名称及规格</th><th>单位</th>"
                        + "<th>数量</th></tr></thead><tbody>" + rows + "</tbody></table>" : "")
                + "<div class=\"body\"><p>如不服本行政处罚决定，可以在收到本决定书之日起六十日内向衡阳市人民政府申请行政复议，"
                + "也可以在六个月内依法向衡阳市蒸湘区人民法院提起行政诉讼。</p></div>"
                + "<div class=\"qr\"><img alt=\"文书核验二维码\" src=\"" + QrCodes.pngDataUri(VERIFY_URL) + "\"/>"
                + "扫码核验<br/>" + VERIFY_URL + "</div>"
                + "<div class=\"seal-area\"><span id=\"seal-spot\"></span><span class=\"date\">" + AGENCY
                + "</span><span class=\"date\">2026年4月2日</span></div>"
                + "</body></html>";
    }
}
