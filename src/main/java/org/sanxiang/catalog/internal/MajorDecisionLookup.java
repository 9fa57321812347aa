package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.catalog.internal.item.Citation;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.item.MajorDecisionTerms;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.rule.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class MajorDecisionLookup implements MajorDecisionCriteria {

    private final CatalogVersionRepository versions;

    MajorDecisionLookup(CatalogVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public List<Criterion> inForce(long agencyId, LocalDate day) {
        List<Criterion> criteria = new ArrayList<>();
        String code = null;
        for (CatalogVersion v : versions.findByAgencyIdAndListOrderByCodeAscNumberDesc(agencyId,
                CatalogList.MAJOR_DECISIONS)) {
            // the newest version of each code that is in force on the day
            if (!v.getCode().equals(code) && v.inForceOn(day)) {
                code = v.getCode();
                criteria.add(criterion(v));
            }
        }
        return criteria;
    }

    static Criterion criterion(CatalogVersion v) {
        ItemContent item = v.item();
        List<Text> ignored = new ArrayList<>(); // published criteria passed MajorDecisionCriterionStated
        return new Criterion(v.getCode(), v.getName(), v.getNumber(),
                String.join("；", item.citations("legalBasis").stream().map(Citation::reference).toList()),
                codes(item, "procedures", ignored), codes(item, "outcomes", ignored),
                codes(item, "penalties", ignored),
                MajorDecisionTerms.amount("minAmountPerson", item.text("minAmountPerson"), ignored),
                MajorDecisionTerms.amount("minAmountOrganisation", item.text("minAmountOrganisation"), ignored),
                MajorDecisionTerms.yes(item.text("hearingHeld"), ignored),
                Set.copyOf(item.lines("domains").stream().map(String::strip).toList()),
                codes(item, "flags", ignored), item.text("reviewUnit"));
    }

    private static Set<String> codes(ItemContent item, String field, List<Text> problems) {
        return MajorDecisionTerms.codes(field, item.lines(field), problems);
    }
}
