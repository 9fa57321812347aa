package org.sanxiang.review;

import org.sanxiang.platform.rule.Text;

/** Where a round of a case's legal review stands. */
public enum ReviewStatus {
    /** submitted, awaiting the reviewer's opinion */
    PENDING("待审核", "Pending"),
    /** 同意: the decision may be made as drafted */
    PASSED("审核通过", "Passed"),
    /** 存在问题: returned with the changes required */
    RETURNED("退回修改", "Returned"),
    /** 建议移送: the reviewer found a suspected crime to transfer */
    TRANSFER_ADVISED("建议移送", "Transfer advised"),
    /** the handling unit disagrees with the opinion: the agency's heads decide collectively */
    DISPUTED("有异议，待集体讨论", "Disputed, for collective discussion");

    private final Text name;

    ReviewStatus(String zh, String en) {
        name = new Text(zh, en);
    }

    public Text text() {
        return name;
    }
}
