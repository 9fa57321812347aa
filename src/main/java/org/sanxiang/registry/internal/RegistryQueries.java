package org.sanxiang.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.registry.EnforcementAuthority;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.sanxiang.registry.internal.agency.AgencyView;
import org.sanxiang.registry.internal.credential.Credential;
import org.sanxiang.registry.internal.credential.CredentialRepository;
import org.sanxiang.registry.internal.credential.CredentialStatusChangeRepository;
import org.sanxiang.registry.internal.credential.CredentialView;
import org.sanxiang.registry.internal.credential.CredentialWatch;
import org.sanxiang.registry.internal.credential.ExpiringCredential;
import org.sanxiang.registry.internal.credential.StatusHistoryLine;
import org.sanxiang.registry.internal.credential.StatusOption;
import org.sanxiang.registry.internal.legalstaff.LegalStaff;
import org.sanxiang.registry.internal.legalstaff.LegalStaffRepository;
import org.sanxiang.registry.ReviewerIndicator;
import org.sanxiang.registry.LegalAdvisers;
import org.sanxiang.registry.ReviewerIndicators;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.sanxiang.registry.internal.officer.OfficerView;
import org.sanxiang.registry.internal.portal.PublicCard;
import org.sanxiang.registry.internal.rules.ActingOfficer;
import org.sanxiang.registry.internal.rules.LegalReviewerRatio;
import org.sanxiang.registry.internal.rules.RegistryRules;
import org.sanxiang.registry.internal.rules.ReviewerCount;
import org.sanxiang.registry.internal.rules.StatusChangeRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the registry for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class RegistryQueries implements EnforcementAuthority, ReviewerIndicators, LegalAdvisers {

    /** The statuses an administrator sets; EXPIRED follows from the date. */
    private static final List<CredentialStatus> CHANGEABLE = List.of(CredentialStatus.VALID,
            CredentialStatus.SUSPENDED, CredentialStatus.REVOKED, CredentialStatus.CANCELLED);

    private final AgencyRepository agencies;
    private final AgencyUnitRepository units;
    private final OfficerRepository officers;
    private final CredentialRepository credentials;
    private final CredentialStatusChangeRepository statusChanges;
    private final LegalStaffRepository legalStaff;
    private final RegistryProperties properties;
    private final RegistryService service;
    private final RegistryRules rules;
    private final LegalReviewerRatio reviewerRatio;

    RegistryQueries(AgencyRepository agencies, AgencyUnitRepository units, OfficerRepository officers,
            CredentialRepository credentials, CredentialStatusChangeRepository statusChanges,
            LegalStaffRepository legalStaff, RegistryProperties properties, RegistryService service,
            RegistryRules rules, LegalReviewerRatio reviewerRatio) {
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.credentials = credentials;
        this.statusChanges = statusChanges;
        this.legalStaff = legalStaff;
        this.properties = properties;
        this.service = service;
        this.rules = rules;
        this.reviewerRatio = reviewerRatio;
    }

    LocalDate today() {
        return service.today();
    }

    // ---- agencies -------------------------------------------------------------------------------------------

    /** @param visible the agencies the reader may see (all: the public list, a platform administrator) */
    public Page<AgencyView> agencies(VisibleAgencies visible, String q, String domain, Pageable page) {
        Specification<Agency> spec = within(visible, "id");
        if (q != null && !q.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), "%" + q.strip() + "%"));
        }
        if (domain != null && !domain.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("domain"), domain));
        }
        Page<Agency> found = agencies.findAll(spec, withSort(page, Sort.by("name")));
        Map<Long, String> names = agencyNames(found.map(Agency::getParentId).getContent());
        return found.map(a -> view(a, names));
    }

    public List<AgencyView> allAgencies(VisibleAgencies visible) {
        List<Agency> all = agencies.findAllByOrderByName();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
        return all.stream().filter(a -> visible.contains(a.getId())).map(a -> view(a, names)).toList();
    }

    /**
     * Credentials in the visible agencies that expire within the warning period (the first {@code limit}), and the
     * visible agencies whose legal reviewers fall below the minimum ratio.
     */
    CredentialWatch watch(VisibleAgencies visible, int limit) {
        LocalDate today = today();
        List<ExpiringCredential> expiring = credentials.findNeedingRenewal(today,
                today.plusDays(properties.expiryWarningDays())).stream()
                .filter(c -> visible.contains(c.agencyId())).map(c -> c.on(today)).toList();
        List<ReviewerIndicator> shortOfReviewers = allAgencies(visible).stream().map(this::indicator)
                .filter(ReviewerIndicator::belowMinimum).toList();
        return new CredentialWatch(properties.expiryWarningDays(), expiring.stream().limit(limit).toList(),
                Math.max(0, expiring.size() - limit), shortOfReviewers);
    }

    public AgencyView agency(long id) {
        return agencies.findById(id).map(a -> view(a, agencyNames(Collections.singletonList(a.getParentId()))))
                .orElseThrow(() -> new NotFoundException("执法主体不存在", "No such agency"));
    }

    List<AgencyUnit> units(long agencyId) {
        return units.findByAgencyIdOrderByName(agencyId);
    }

    List<LegalStaff> legalStaff(long agencyId) {
        return legalStaff.findByAgencyIdOrderByKindAscNameAsc(agencyId);
    }

    @Override
    public List<Adviser> of(long agencyId) {
        return legalStaff(agencyId).stream().filter(LegalStaff::isActive)
                .filter(s -> s.getKind() != LegalStaff.Kind.LEGAL_REVIEWER)
                .map(s -> new Adviser(s.getName(), s.getKind() == LegalStaff.Kind.PUBLIC_LAWYER ? "公职律师" : "法律顾问"))
                .toList();
    }

    @Override
    public ReviewerIndicator indicator(long agencyId) {
        return indicator(agency(agencyId));
    }

    private ReviewerIndicator indicator(AgencyView agency) {
        long agencyId = agency.id();
        ReviewerCount count = new ReviewerCount(agency.uscc(), officers.countByAgencyIdAndActiveTrue(agencyId),
                legalStaff.countByAgencyIdAndKindAndActiveTrue(agencyId, LegalStaff.Kind.LEGAL_REVIEWER));
        return new ReviewerIndicator(agencyId, agency.name(), count.officers(), count.reviewers(), count.ratio(),
                reviewerRatio.minimum(agency.uscc()), reviewerRatio.check(count).isPresent(), reviewerRatio.name(),
                reviewerRatio.legalBasis());
    }

    // ---- officers -------------------------------------------------------------------------------------------

    /**
     * @param mayActToday only officers in post who hold a credential valid today, as the public lists show them
     *                    (行政处罚法 第四十二条: no enforcement without a credential); the lookup still finds the others
     */
    public Page<OfficerView> officers(VisibleAgencies visible, Long agencyId, String name, boolean mayActToday,
            Pageable page) {
        Specification<Officer> spec = within(visible, "agencyId");
        if (agencyId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("agencyId"), agencyId));
        }
        if (name != null && !name.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), "%" + name.strip() + "%"));
        }
        if (mayActToday) {
            LocalDate today = today();
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> valid = query.subquery(Long.class);
                Root<Credential> c = valid.from(Credential.class);
                valid.select(c.get("id")).where(cb.equal(c.get("officerId"), root.get("id")),
                        cb.equal(c.get("status"), CredentialStatus.VALID),
                        cb.lessThanOrEqualTo(c.get("issuedOn"), today),
                        cb.greaterThanOrEqualTo(c.get("validUntil"), today));
                return cb.and(cb.isTrue(root.get("active")), cb.exists(valid));
            });
        }
        Page<Officer> found = officers.findAll(spec, withSort(page, Sort.by("agencyId", "name", "id")));
        List<OfficerView> views = views(found.getContent());
        return new PageImpl<>(views, found.getPageable(), found.getTotalElements());
    }

    OfficerView officer(long id) {
        return officers.findById(id).map(o -> views(List.of(o)).get(0))
                .orElseThrow(() -> new NotFoundException("执法人员不存在", "No such officer"));
    }

    public Officer officerEntity(long id) {
        return officers.findById(id).orElseThrow(() -> new NotFoundException("执法人员不存在", "No such officer"));
    }

    List<StatusHistoryLine> history(long credentialId) {
        return statusChanges.findByCredentialIdOrderByIdDesc(credentialId).stream()
                .map(c -> new StatusHistoryLine(c.getFromStatus(), c.getToStatus(), c.getReason(), c.getCreatedAt(),
                        c.getCreatedBy()))
                .toList();
    }

    private List<OfficerView> views(List<Officer> page) {
        Map<Long, String> agencyNames = agencyNames(page.stream().map(Officer::getAgencyId).toList());
        Map<Long, String> unitNames = unitNames(page);
        Map<Long, List<Credential>> byOfficer = credentials.findByOfficerIdIn(page.stream().map(Officer::getId)
                .toList()).stream().collect(Collectors.groupingBy(Credential::getOfficerId));
        LocalDate today = today();
        return page.stream().map(o -> new OfficerView(o.getId(), o.getAgencyId(), agencyNames.get(o.getAgencyId()),
                o.getUnitId(), unitNames.get(o.getUnitId()), o.getName(), o.getGender(), o.getIdNumberMasked(),
                o.getPosition(), o.getDomains(), o.getAreas(), o.isActive(), o.hasPhoto(),
                byOfficer.getOrDefault(o.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(Credential::getIssuedOn).reversed())
                        .map(c -> view(c, today)).toList(),
                o.getVersion())).toList();
    }

    // ---- public lookup --------------------------------------------------------------------------------------

    public Optional<PublicCard> card(String number) {
        return credentials.findByNumber(number.strip())
                .map(c -> cards(List.of(officerEntity(c.getOfficerId())), Map.of(c.getOfficerId(), c)).get(0));
    }

    /** By (part of a) name within an agency: every active officer it matches, with their newest credential. */
    public List<PublicCard> cardsByName(long agencyId, String name) {
        List<Officer> found = officers.findTop50ByAgencyIdAndNameContainingAndActiveTrueOrderByName(agencyId,
                name.strip());
        Map<Long, Credential> newest = credentials.findByOfficerIdIn(found.stream().map(Officer::getId).toList())
                .stream().collect(Collectors.toMap(Credential::getOfficerId, c -> c,
                        BinaryOperator.maxBy(Comparator.comparing(Credential::getIssuedOn))));
        return cards(found, newest);
    }

    /** The cards of the holders that have a credential, in their order; their units and agencies in one query each. */
    private List<PublicCard> cards(List<Officer> holders, Map<Long, Credential> credentialOf) {
        Map<Long, String> unitNames = unitNames(holders);
        Map<Long, String> agencyNames = agencyNames(holders.stream().map(Officer::getAgencyId).toList());
        LocalDate today = today();
        return holders.stream().filter(o -> credentialOf.containsKey(o.getId())).map(o -> {
            Credential c = credentialOf.get(o.getId());
            return new PublicCard(c.getNumber(), o.getName(), agencyNames.get(o.getAgencyId()),
                    unitNames.get(o.getUnitId()), c.getDomains(), c.getAreas(), c.getIssuedOn(), c.getValidUntil(),
                    c.statusOn(today), c.getIssuer(), o.hasPhoto() ? "/portal/officers/" + o.getId() + "/photo" : null);
        }).toList();
    }

    @Override
    public Decision mayAct(long officerId, String domain, String area, LocalDate date) {
        boolean inService = officers.findById(officerId).filter(Officer::isActive).isPresent();
        List<ActingOfficer.Held> held = new ArrayList<>();
        for (Credential c : credentials.findByOfficerIdOrderByIssuedOnDesc(officerId)) {
            held.add(c.heldOn(date, statusChanges.findByCredentialIdOrderByIdDesc(c.getId())));
        }
        held.removeIf(java.util.Objects::isNull); // issued after the date
        if (held.isEmpty()) {
            held.add(null); // she held none: rule officer-holds-credential says so
        }
        List<ActingOfficer> candidates = held.stream()
                .map(h -> new ActingOfficer(inService, h, domain, domainName(domain), area, date)).toList();
        List<Refusal> refusals = new ArrayList<>();
        for (ActingOfficer facts : candidates) {
            List<Refusal> refused = rules.acting().refusals(facts);
            if (refused.isEmpty()) {
                String number = facts.credential().number();
                return new Decision(true, number, "持有效执法证 " + number, "Holds valid credential " + number,
                        List.of());
            }
            refused.stream().filter(r -> !refusals.contains(r)).forEach(refusals::add);
        }
        return new Decision(false, null, refusals.stream().map(r -> r.messages().zh()).collect(Collectors.joining("；")),
                refusals.stream().map(r -> r.messages().en()).collect(Collectors.joining("; ")), refusals);
    }

    private Text domainName(String code) {
        return properties.domains().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> new Text(d.zh(), d.en())).orElseGet(() -> new Text(code, code));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The names of the given agencies (those a page shows, or their parents), not of every agency. */
    private Map<Long, String> agencyNames(Collection<Long> ids) {
        return agencies.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getName));
    }

    private Map<Long, String> unitNames(List<Officer> officers) {
        return units.findAllById(officers.stream().map(Officer::getUnitId).filter(Objects::nonNull).distinct()
                .toList()).stream().collect(Collectors.toMap(AgencyUnit::getId, AgencyUnit::getName));
    }

    private static AgencyView view(Agency a, Map<Long, String> names) {
        return new AgencyView(a.getId(), a.getName(), a.getUscc(), a.getLevel(), a.getDomain(), a.getKind(),
                a.getParentId(), a.getParentId() == null ? null : names.get(a.getParentId()), a.getRegion(),
                a.getAddress(), a.getPhone(), a.getComplaintPhone(), a.getLegalBasis(), a.getVersion());
    }

    private CredentialView view(Credential c, LocalDate today) {
        return new CredentialView(c.getId(), c.getNumber(), c.getIssuer(), c.getIssuedOn(), c.getValidUntil(),
                c.statusOn(today), c.getDomains(), c.getAreas(), statusOptions(c));
    }

    /** Every status other than the stored one, with what the rules of a status change say of it. */
    private List<StatusOption> statusOptions(Credential c) {
        return CHANGEABLE.stream().filter(s -> s != c.getStatus()).map(s -> {
            List<Refusal> refusals = rules.statusChange().refusals(new StatusChangeRequest(c.getStatus(), s));
            return new StatusOption(s, refusals.isEmpty(), refusals);
        }).toList();
    }

    private static Pageable withSort(Pageable page, Sort sort) {
        return page.isUnpaged() ? Pageable.unpaged(sort)
                : org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
    }

    /** Rows whose {@code attribute} is one of the visible agencies; every row when all are visible. */
    private static <T> Specification<T> within(VisibleAgencies visible, String attribute) {
        if (visible.isAll()) {
            return (root, query, cb) -> cb.conjunction();
        }
        return (root, query, cb) -> visible.isEmpty() ? cb.disjunction() : root.get(attribute).in(visible.ids());
    }
}
