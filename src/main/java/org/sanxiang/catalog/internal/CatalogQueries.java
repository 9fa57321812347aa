package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the portal and the API read of the lists: versions in force on a day, an item's history, one version. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    private final CatalogVersionRepository versions;
    private final AgencyDirectory agencies;

    CatalogQueries(CatalogVersionRepository versions, AgencyDirectory agencies) {
        this.versions = versions;
        this.agencies = agencies;
    }

    public PageResult<PublicItem> inForce(CatalogList list, LocalDate day, CatalogVersionRepository.Filter filter,
            int page, int size) {
        Map<Long, String> names = agencyNames();
        return PageResult.of(PageResult.clamped(p -> versions.inForce(list, day, filter, p), page, size),
                v -> PublicItem.of(v, names.get(v.getAgencyId())));
    }

    /** A published version (never a draft: drafts are not public). */
    public CatalogVersion published(long id) {
        return versions.findById(id).filter(v -> v.getState().wasPublished())
                .orElseThrow(() -> new NotFoundException("没有该清单事项", "No such published item"));
    }

    /** Another published version of the same item, for a comparison. */
    public CatalogVersion sameItem(CatalogVersion version, long otherId) {
        CatalogVersion other = published(otherId);
        if (other.getAgencyId() != version.getAgencyId() || other.getList() != version.getList()
                || !other.getCode().equals(version.getCode())) {
            throw new NotFoundException("两个版本不属于同一事项", "The two versions are not of one item");
        }
        return other;
    }

    /** The published versions of the item, newest first. */
    public List<CatalogVersion> history(CatalogVersion version) {
        return versions.findByAgencyIdAndListAndCodeOrderByNumberDesc(version.getAgencyId(), version.getList(),
                version.getCode()).stream().filter(v -> v.getState().wasPublished()).toList();
    }

    /** Every version of the agency's list, each item's newest first: the workbench's list. */
    public List<CatalogVersion> allVersions(long agencyId, CatalogList list) {
        return versions.findByAgencyIdAndListOrderByCodeAscNumberDesc(agencyId, list);
    }

    /** The newest version of each item of the agency's list. */
    public List<CatalogVersion> latest(long agencyId, CatalogList list) {
        return allVersions(agencyId, list).stream().collect(Collectors.toMap(CatalogVersion::getCode,
                Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparing(CatalogVersion::getCode)).toList();
    }

    public Map<Long, String> agencyNames() {
        return agencies.all().stream().collect(Collectors.toMap(AgencyDirectory.Agency::id,
                AgencyDirectory.Agency::name));
    }

    public String agencyName(long id) {
        String name = agencyNames().get(id);
        if (name == null) {
            throw new NotFoundException("没有该执法主体", "No such agency");
        }
        return name;
    }

    /** The distinct units (or bodies) named in the agency's published list, for the portal's filter. */
    public List<String> units(long agencyId, CatalogList list) {
        return allVersions(agencyId, list).stream().filter(v -> v.getState().wasPublished())
                .map(CatalogVersion::getUnit).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
