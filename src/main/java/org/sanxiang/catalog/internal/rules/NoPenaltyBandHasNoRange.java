package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.catalog.internal.item.Band;
import org.sanxiang.catalog.internal.item.Circumstance;
import org.sanxiang.catalog.internal.item.PenaltyRange;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 不予行政处罚 means no penalty: that band, and only that band, allows nothing. */
@Component
public class NoPenaltyBandHasNoRange extends LegalRule<VersionStep> {

    public NoPenaltyBandHasNoRange() {
        super("no-penalty-band-has-no-range", "行政处罚法 第三十三条", UNPROCESSABLE,
                "“不予处罚”档没有处罚幅度，其他各档须有处罚幅度",
                "The no-penalty band has no range; every other band has one", VersionStep.EDIT, VersionStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        for (Band band : facts.content().bands()) {
            boolean none = band.range().kind() == PenaltyRange.Kind.NONE;
            if (none != (band.circumstance() == Circumstance.NO_PENALTY)) {
                return none ? refuse("“" + band.circumstance().zh() + "”档须有处罚幅度", band.circumstance() + " needs a range")
                        : refuse("“不予处罚”档的幅度须为 NONE", "The no-penalty band's range is NONE");
            }
        }
        return allowed();
    }
}
