package org.sanxiang.catalog.internal.rules;

import java.time.LocalDate;
import java.util.Set;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;

/** Facts for the rules' tests: agency 7's drafter "drafter", a reviewer of agency 7, and items to check. */
final class Steps {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final CurrentUser REVIEWER = new CurrentUser(2, "reviewer", "周法明", 7L, Set.of(Role.LEGAL_REVIEWER));
    static final CurrentUser DRAFTER = new CurrentUser(1, "drafter", "起草人", 7L, Set.of(Role.ADMIN));

    static final String CITATION = "{\"law\":\"中华人民共和国食品安全法\",\"article\":\"第一百二十四条\",\"text\":\"……\"}";

    private Steps() {
    }

    static VersionStep step(Step step, VersionState state, CurrentUser actor) {
        return new VersionStep(step, state, 7, "drafter", actor, TODAY, null, null, power("处罚"));
    }

    static VersionStep with(VersionStep s, LocalDate date, String reason) {
        return new VersionStep(s.step(), s.state(), s.agencyId(), s.drafter(), s.actor(), s.today(), date, reason,
                s.content());
    }

    static VersionStep of(ItemContent content) {
        return new VersionStep(Step.EDIT, VersionState.DRAFT, 7, "drafter", DRAFTER, TODAY, null, null, content);
    }

    static ItemContent power(String category) {
        return ItemContent.parse(CatalogList.POWERS, "{\"code\":\"SC-CF-001\",\"category\":\"" + category
                + "\",\"name\":\"对生产经营不符合食品安全标准的食品的处罚\",\"legalBasis\":[" + CITATION + "]}");
    }

    /** A violation with these bands, e.g. {@code "一般", "AMOUNT", 50000, 100000}. */
    static ItemContent violation(String bands) {
        return ItemContent.parse(CatalogList.VIOLATIONS, "{\"code\":\"SC-WF-001\",\"name\":\"超范围使用食品添加剂\","
                + "\"violatedProvision\":[" + CITATION + "],\"penaltyProvision\":[" + CITATION + "],\"bands\":["
                + bands + "]}");
    }

    static String amount(String circumstance, long min, long max) {
        return "{\"circumstance\":\"" + circumstance + "\",\"range\":{\"kind\":\"AMOUNT\",\"min\":" + min
                + ",\"max\":" + max + "}}";
    }
}
