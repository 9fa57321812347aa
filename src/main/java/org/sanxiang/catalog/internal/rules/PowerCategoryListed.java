package org.sanxiang.catalog.internal.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * A 权责清单 item is of one of the enforcement categories (职权类型) in force: by default the eleven of the
 * provinces' power lists, 收费 included as in the 2017 pilot (国办发〔2017〕14号, seed 003); an agency that keeps
 * the pilot's six kinds configures {@code sanxiang.rules.power-category-listed.categories: 许可,处罚,强制,征收,收费,检查}.
 */
@Component
public class PowerCategoryListed extends LegalRule<VersionStep> {

    private final RuleParameter<String> categories;

    public PowerCategoryListed(RuleSettings settings) {
        super("power-category-listed", "国办发〔2017〕14号（试点）；各省权力清单职权类型", UNPROCESSABLE,
                "权责清单事项的类别须为所列职权类型之一", "A power's category is one of the categories in force",
                VersionStep.EDIT, VersionStep.SUBMIT);
        categories = parameter(settings, "categories", "许可,处罚,强制,检查,征收,收费,确认,裁决,给付,奖励,其他",
                "权责清单的职权类型（逗号分隔）", "The categories of the power list (comma-separated)");
    }

    /** The categories in force, in order, for the form's choice and the portal's filter. */
    public List<String> categories() {
        return Arrays.stream(categories.value().split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        if (facts.content().list() != CatalogList.POWERS) {
            return allowed();
        }
        String category = facts.content().category();
        return categories().contains(category) ? allowed()
                : refuse("类别“" + (category == null ? "" : category) + "”不是" + String.join("、", categories()) + "之一",
                        "The category '" + category + "' is not one of " + categories());
    }
}
