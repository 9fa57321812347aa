package org.sanxiang.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.rule.Text;
import tools.jackson.databind.JsonNode;

/**
 * Who answered for each part of a major decision, in the order they acted: the officers handling it, who submitted
 * (and pledged the materials), assigned, reviewed, was consulted, approved an extension, disputed, discussed and
 * decided (000 §三6 "承办机构对送审材料的真实性、准确性、完整性负责，法制审核机构对审核意见负责", 002 §三(三)4 责任追究).
 */
final class ResponsibilityChain {

    /** One person's part; {@code at} is null for the officers, who answer for the whole case. */
    record Link(Text part, String who, String what, Instant at) {
    }

    private static final Map<String, Text> OPINIONS = Map.of("AGREE", new Text("同意", "Agreed"),
            "PROBLEMS", new Text("存在问题", "Problems found"), "TRANSFER", new Text("建议移送", "Transfer advised"));

    private ResponsibilityChain() {
    }

    /** The usernames a chain of this case names, to look their display names up at once. */
    static Set<String> usernames(CaseFacts kase, Collection<LegalReview> rounds) {
        Set<String> names = new HashSet<>();
        kase.steps().forEach(s -> names.add(s.actor()));
        for (LegalReview r : rounds) {
            names.add(r.getSubmittedBy());
            names.add(r.getAssignedBy());
            names.add(r.getReviewer());
            names.add(r.getExtendedBy());
            names.add(r.getDisputedBy());
        }
        names.remove(null);
        return names;
    }

    static List<Link> of(CaseFacts kase, List<LegalReview> rounds, Map<String, AccountNames.Named> accounts) {
        List<Link> chain = new ArrayList<>();
        kase.officers().forEach(o -> chain.add(new Link(new Text("承办人员", "Officer handling the case"), o.name(),
                "", null)));
        List<Link> dated = new ArrayList<>();
        for (LegalReview r : rounds) {
            String round = "第" + r.getRound() + "轮";
            dated.add(new Link(new Text("送审", "Submitted"), name(accounts, r.getSubmittedBy()),
                    round + "，承诺送审材料真实、准确、完整", r.getSubmittedAt()));
            if (r.getAssignedBy() != null) {
                dated.add(new Link(new Text("指派审核人员", "Assigned the reviewer"), name(accounts, r.getAssignedBy()),
                        round + "，指派" + name(accounts, r.getReviewer()), r.getAssignedAt()));
            }
            if (r.getExtendedBy() != null) {
                dated.add(new Link(new Text("批准延长审核期限", "Approved the extension"),
                        name(accounts, r.getExtendedBy()), round + "，延长" + r.getExtensionDays() + "个工作日："
                                + r.getExtensionReason(), r.getExtendedAt()));
            }
            if (r.getOpinionAt() != null) {
                dated.add(new Link(new Text("法制审核", "Reviewed"), name(accounts, r.getReviewer()),
                        round + "，" + OPINIONS.get(r.getOpinion()).zh(), r.getOpinionAt()));
                for (JsonNode c : Materials.read(r.getConsultations())) {
                    dated.add(new Link(new Text("咨询法律顾问/公职律师", "Adviser consulted"),
                            c.get("adviser").asString(), round + "，出具书面意见", r.getOpinionAt()));
                }
            }
            if (r.getDisputedBy() != null) {
                dated.add(new Link(new Text("提出异议", "Disputed the opinion"), name(accounts, r.getDisputedBy()),
                        round + "：" + r.getDisputeReason(), r.getDisputedAt()));
            }
        }
        for (CaseFacts.TakenStep s : kase.steps()) {
            if (s.transition().equals("discuss-collectively")) {
                dated.add(new Link(new Text("集体讨论", "Collective discussion"), name(accounts, s.actor()),
                        "参加人员：" + s.record().text("attendees").orElse("—"), s.at()));
            } else if (s.transition().equals("decide")) {
                dated.add(new Link(new Text("作出决定", "Decided"), name(accounts, s.actor()), "", s.at()));
            }
        }
        dated.sort(Comparator.comparing(Link::at));
        chain.addAll(dated);
        return chain;
    }

    /** The account's display name, or the username when it has none. */
    static String name(Map<String, AccountNames.Named> accounts, String username) {
        AccountNames.Named named = accounts.get(username);
        return named == null || named.displayName() == null ? username : named.displayName();
    }
}
