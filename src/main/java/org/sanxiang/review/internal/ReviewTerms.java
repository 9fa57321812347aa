package org.sanxiang.review.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The circumstances a handler marks on submission (行政处罚法 第五十八条第一款（一）（三）; seed 000 §三2). */
public final class ReviewTerms {

    /** code → 中文, as the submission form offers them and the criteria name them. */
    public static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("PUBLIC_INTEREST", "涉及重大公共利益");
        FLAGS.put("SOCIAL_RISK", "可能造成重大社会影响或引发社会风险");
        FLAGS.put("COMPLEX", "案件情况疑难复杂、涉及多个法律关系");
        FLAGS.put("CRIME", "涉嫌犯罪需移送司法机关");
    }

    private ReviewTerms() {
    }
}
