package org.sanxiang.catalog.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.catalog.internal.item.Band;
import org.sanxiang.catalog.internal.item.PenaltyRange;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第三十四条: an agency may set and publishes discretion benchmarks. A benchmark only guides when its
 * bands are well formed: each range runs from its lower to its upper end (a floor not above the cap), and two
 * bands that measure the same thing (amounts, or multiples of the same base) neither overlap nor stand in the
 * wrong order: a lighter circumstance never allows more than a heavier one. Bands may meet at an end (从轻 up to
 * 5万, 一般 from 5万), as published benchmarks often do.
 */
@Component
public class BenchmarkBandsConsistent extends LegalRule<VersionStep> {

    public BenchmarkBandsConsistent() {
        super("benchmark-bands-consistent", "行政处罚法 第三十四条", UNPROCESSABLE,
                "裁量基准的各档幅度不得倒置、不得相互重叠，较轻情节的幅度不高于较重情节",
                "Benchmark bands are neither inverted nor overlapping, and a lighter band never lies above a heavier",
                VersionStep.EDIT, VersionStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        List<Band> bands = facts.content().bands();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Band band : bands) {
            PenaltyRange r = band.range();
            if (r.kind() != PenaltyRange.Kind.NONE && r.min().compareTo(r.max()) > 0) {
                zh.add("“" + band.circumstance().zh() + "”档下限 " + plain(r.min()) + " 高于上限 " + plain(r.max()));
                en.add(band.circumstance() + ": min " + plain(r.min()) + " above max " + plain(r.max()));
            }
            if (r.floor() != null && r.cap() != null && r.floor().compareTo(r.cap()) > 0) {
                zh.add("“" + band.circumstance().zh() + "”档最低额 " + plain(r.floor()) + " 高于最高额 " + plain(r.cap()));
                en.add(band.circumstance() + ": floor above cap");
            }
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                Band a = bands.get(i);
                Band b = bands.get(j);
                if (!a.range().comparableWith(b.range())) {
                    continue;
                }
                Band lighter = a.circumstance().compareTo(b.circumstance()) <= 0 ? a : b;
                Band heavier = lighter == a ? b : a;
                PenaltyRange l = lighter.range();
                PenaltyRange h = heavier.range();
                if (l.min().compareTo(h.max()) < 0 && h.min().compareTo(l.max()) < 0) {
                    zh.add("“" + a.circumstance().zh() + "”档（" + a.range().describe() + "）与“" + b.circumstance().zh()
                            + "”档（" + b.range().describe() + "）重叠");
                    en.add(a.circumstance() + " and " + b.circumstance() + " overlap");
                } else if (lighter.circumstance() != heavier.circumstance() && l.min().compareTo(h.min()) > 0) {
                    zh.add("较轻的“" + lighter.circumstance().zh() + "”档（" + l.describe() + "）高于较重的“"
                            + heavier.circumstance().zh() + "”档（" + h.describe() + "）");
                    en.add(lighter.circumstance() + " lies above " + heavier.circumstance());
                }
            }
        }
        return zh.isEmpty() ? allowed() : refuse(String.join("；", zh), String.join("; ", en));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
