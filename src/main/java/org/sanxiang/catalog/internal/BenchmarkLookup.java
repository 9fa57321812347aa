package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.DiscretionBenchmarks;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class BenchmarkLookup implements DiscretionBenchmarks {

    private final CatalogVersionRepository versions;

    BenchmarkLookup(CatalogVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Violation> violation(long agencyId, String code, LocalDate day) {
        return versions.findByAgencyIdAndListAndCodeOrderByNumberDesc(agencyId, CatalogList.VIOLATIONS, code.strip())
                .stream().filter(v -> v.inForceOn(day)).findFirst().map(v -> {
                    ItemContent item = v.item();
                    return new Violation(v.getCode(), v.getName(), v.getNumber(),
                            item.bands().stream().map(BenchmarkLookup::band).toList());
                });
    }

    private static Band band(org.sanxiang.catalog.internal.item.Band band) {
        var range = band.range();
        return new Band(band.circumstance().name(), band.conditions(), range.describe(),
                range.kind().name(), range.min(), range.max(), range.floor(), range.cap());
    }
}
