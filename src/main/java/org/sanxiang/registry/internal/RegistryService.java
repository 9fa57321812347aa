package org.sanxiang.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.RegistryEvent;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.UnifiedSocialCreditCode;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyForm;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.sanxiang.registry.internal.agency.UnitForm;
import org.sanxiang.registry.internal.credential.Credential;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.credential.CredentialRepository;
import org.sanxiang.registry.internal.credential.CredentialStatusChange;
import org.sanxiang.registry.internal.credential.CredentialStatusChangeRepository;
import org.sanxiang.registry.internal.credential.StatusChangeForm;
import org.sanxiang.registry.internal.legalstaff.LegalStaff;
import org.sanxiang.registry.internal.legalstaff.LegalStaffForm;
import org.sanxiang.registry.internal.legalstaff.LegalStaffRepository;
import org.sanxiang.registry.IdNumberProtector;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.sanxiang.registry.internal.officer.OfficerUpdate;
import org.sanxiang.registry.internal.officer.PhotoFormat;
import org.sanxiang.registry.ProtectedIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.sanxiang.registry.internal.rules.RegistryRules;
import org.sanxiang.registry.internal.rules.StatusChangeRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's commands. Each checks the user's scope, validates, changes the tables and appends a ledger
 * entry, all in one transaction. Roles are checked on the controllers; scope (which agency) here.
 */
@Service
@Transactional
public class RegistryService {

    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");
    static final int MAX_PHOTO_BYTES = 1_000_000;

    private final AgencyRepository agencies;
    private final AgencyUnitRepository units;
    private final OfficerRepository officers;
    private final CredentialRepository credentials;
    private final CredentialStatusChangeRepository statusChanges;
    private final LegalStaffRepository legalStaff;
    private final AgencyScopeService scope;
    private final IdNumberProtector idNumbers;
    private final RegistryProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegistryRules rules;

    RegistryService(AgencyRepository agencies, AgencyUnitRepository units, OfficerRepository officers,
            CredentialRepository credentials, CredentialStatusChangeRepository statusChanges,
            LegalStaffRepository legalStaff, AgencyScopeService scope, IdNumberProtector idNumbers,
            RegistryProperties properties, ApplicationEventPublisher events, Clock clock, RegistryRules rules) {
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.credentials = credentials;
        this.statusChanges = statusChanges;
        this.legalStaff = legalStaff;
        this.scope = scope;
        this.idNumbers = idNumbers;
        this.properties = properties;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    // ---- agencies -------------------------------------------------------------------------------------------

    long registerAgency(CurrentUser user, AgencyForm form) {
        if (form.parentId() == null && !user.isPlatformAdmin()) {
            throw new AccessDeniedException("only a platform administrator registers a top-level agency");
        }
        validateAgency(user, form, null);
        if (agencies.existsByUscc(form.uscc().strip())) {
            throw new InvalidInputException("统一社会信用代码已登记：" + form.uscc(), "USCC already registered: " + form.uscc());
        }
        Agency agency = agencies.save(new Agency(form));
        events.publishEvent(new RegistryEvent.AgencyRegistered(agency.getId(), agency.facts()));
        return agency.getId();
    }

    void updateAgency(CurrentUser user, long id, AgencyForm form) {
        Agency agency = visibleAgency(user, id);
        checkVersion(agency.getVersion(), form.version());
        validateAgency(user, form, id);
        agencies.findByUscc(form.uscc().strip()).filter(a -> !a.getId().equals(id)).ifPresent(a -> {
            throw new InvalidInputException("统一社会信用代码已被其他主体使用", "USCC is used by another agency");
        });
        if (!Objects.equals(agency.getParentId(), form.parentId()) && !user.isPlatformAdmin()) {
            throw new AccessDeniedException("only a platform administrator moves an agency in the hierarchy");
        }
        agency.apply(form);
        events.publishEvent(new RegistryEvent.AgencyUpdated(id, agency.facts()));
    }

    private void validateAgency(CurrentUser user, AgencyForm form, Long self) {
        if (!UnifiedSocialCreditCode.isValid(form.uscc().strip())) {
            throw new InvalidInputException("统一社会信用代码无效（校验位不符，GB 32100-2015）：" + form.uscc(),
                    "Invalid unified social credit code (check character, GB 32100-2015): " + form.uscc());
        }
        requireDomains(List.of(form.domain()));
        if (form.parentId() != null) {
            scope.requireVisible(user, form.parentId());
            if (self != null && scope.withDescendants(self).contains(form.parentId())) {
                throw new InvalidInputException("上级主体不能是自身或其下级", "The parent cannot be the agency or one below it");
            }
        }
    }

    long addUnit(CurrentUser user, long agencyId, UnitForm form) {
        visibleAgency(user, agencyId);
        requireUnitNameFree(agencyId, form.name(), null);
        AgencyUnit unit = units.save(new AgencyUnit(agencyId, form));
        events.publishEvent(new RegistryEvent.UnitAdded(unit.getId(), agencyId, unit.facts()));
        return unit.getId();
    }

    void updateUnit(CurrentUser user, long unitId, UnitForm form) {
        AgencyUnit unit = visibleUnit(user, unitId);
        checkVersion(unit.getVersion(), form.version());
        requireUnitNameFree(unit.getAgencyId(), form.name(), unitId);
        unit.update(form);
        events.publishEvent(new RegistryEvent.UnitUpdated(unitId, unit.getAgencyId(), unit.facts()));
    }

    AgencyUnit visibleUnit(CurrentUser user, long unitId) {
        return units.findById(unitId).filter(u -> scope.canSee(user, u.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("内设机构不存在", "No such unit"));
    }

    private void requireUnitNameFree(long agencyId, String name, Long except) {
        units.findByAgencyIdAndName(agencyId, name.strip()).filter(u -> !u.getId().equals(except)).ifPresent(u -> {
            throw new InvalidInputException("该机构已存在：" + name, "Unit already exists: " + name);
        });
    }

    // ---- officers and credentials ---------------------------------------------------------------------------

    public long registerOfficer(CurrentUser user, long agencyId, OfficerForm form) {
        visibleAgency(user, agencyId);
        String idNumber = ResidentIdNumber.normalize(form.idNumber());
        if (!ResidentIdNumber.isValid(idNumber)) {
            throw new InvalidInputException("身份证号码无效（GB 11643-1999 校验码不符或出生日期错误）",
                    "Invalid ID number (GB 11643-1999 check digit or birth date)");
        }
        ProtectedIdNumber protectedId = idNumbers.protect(idNumber);
        if (officers.existsByIdNumberDigest(protectedId.digest())) {
            throw new InvalidInputException("该身份证号码的执法人员已登记", "An officer with this ID number is registered");
        }
        Officer officer = new Officer(agencyId, protectedId);
        describe(officer, agencyId, form.name(), form.unitId(), form.position(), form.domains(), form.areas(),
                ResidentIdNumber.isMale(idNumber) ? Officer.Gender.MALE : Officer.Gender.FEMALE);
        officer = officers.save(officer);
        events.publishEvent(new RegistryEvent.OfficerRegistered(officer.getId(), officer.getAgencyId(), officer.facts()));
        return officer.getId();
    }

    public void updateOfficer(CurrentUser user, long officerId, OfficerUpdate form) {
        Officer officer = visibleOfficer(user, officerId);
        checkVersion(officer.getVersion(), form.version());
        describe(officer, officer.getAgencyId(), form.name(), form.unitId(), form.position(), form.domains(),
                form.areas(), officer.getGender());
        officer.setActive(form.active());
        events.publishEvent(new RegistryEvent.OfficerUpdated(officer.getId(), officer.getAgencyId(), officer.facts()));
    }

    void setPhoto(CurrentUser user, long officerId, String contentType, byte[] bytes) {
        Officer officer = visibleOfficer(user, officerId);
        if (!PHOTO_TYPES.contains(contentType) || !PhotoFormat.matches(contentType, bytes)) {
            throw new InvalidInputException("照片须为 JPEG 或 PNG 图片", "The photo must be a JPEG or PNG image");
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new InvalidInputException("照片不能超过 1 MB", "The photo must not exceed 1 MB");
        }
        officer.setPhoto(contentType, bytes);
        events.publishEvent(new RegistryEvent.OfficerPhotoSet(officer.getId(), officer.getAgencyId(), officer.photoFacts()));
    }

    String revealIdNumber(CurrentUser user, long officerId) {
        Officer officer = visibleOfficer(user, officerId);
        events.publishEvent(new RegistryEvent.OfficerIdNumberViewed(officer.getId(), officer.getAgencyId()));
        return idNumbers.reveal(officer.getIdNumberCipher());
    }

    private void describe(Officer officer, long agencyId, String name, Long unitId, String position,
            List<String> domains, String areas, Officer.Gender gender) {
        requireDomains(domains);
        if (unitId != null) {
            AgencyUnit unit = units.findById(unitId).filter(u -> u.getAgencyId() == agencyId)
                    .orElseThrow(() -> new InvalidInputException("所选机构不属于该执法主体",
                            "The unit does not belong to the agency"));
            unitId = unit.getId();
        }
        officer.describe(name, gender, unitId, blankToNull(position), domains, blankToNull(areas));
    }

    public long issueCredential(CurrentUser user, long officerId, CredentialForm form) {
        Officer officer = visibleOfficer(user, officerId);
        if (credentials.existsByNumber(form.number().strip())) {
            throw new InvalidInputException("执法证号已存在：" + form.number(), "Credential number exists: " + form.number());
        }
        if (!form.validUntil().isAfter(form.issuedOn())) {
            throw new InvalidInputException("有效期至须晚于发证日期", "Valid-until must be after the issue date");
        }
        requireDomains(form.domains());
        Credential credential = credentials.save(new Credential(officer.getId(), form.number(), form.issuer(),
                form.issuedOn(), form.validUntil(), form.domains(), blankToNull(form.areas())));
        statusChanges.save(new CredentialStatusChange(credential.getId(), null, CredentialStatus.VALID, "发证"));
        events.publishEvent(new RegistryEvent.CredentialIssued(credential.getId(), officer.getId(), officer.getAgencyId(),
                credential.facts()));
        return credential.getId();
    }

    void changeCredentialStatus(CurrentUser user, long credentialId, StatusChangeForm form) {
        Credential credential = credentials.findById(credentialId)
                .orElseThrow(() -> new NotFoundException("执法证不存在", "No such credential"));
        Officer officer = visibleOfficer(user, credential.getOfficerId());
        rules.statusChange().require(new StatusChangeRequest(credential.getStatus(), form.status()));
        CredentialStatus from = credential.changeStatus(form.status());
        statusChanges.save(new CredentialStatusChange(credentialId, from, form.status(), form.reason().strip()));
        events.publishEvent(new RegistryEvent.CredentialStatusChanged(credentialId, officer.getId(),
                officer.getAgencyId(), from, form.status(), form.reason().strip(), credential.facts()));
    }

    long addLegalStaff(CurrentUser user, long agencyId, LegalStaffForm form) {
        visibleAgency(user, agencyId);
        requireUnitOf(agencyId, form.unitId());
        LegalStaff staff = legalStaff.save(new LegalStaff(agencyId, form));
        events.publishEvent(new RegistryEvent.LegalStaffAdded(staff.getId(), agencyId, staff.facts()));
        return staff.getId();
    }

    /** Corrects a legal staff member's record, or marks her as having left her post (or back in it). */
    void updateLegalStaff(CurrentUser user, long staffId, LegalStaffForm form) {
        LegalStaff staff = visibleLegalStaff(user, staffId);
        checkVersion(staff.getVersion(), form.version());
        requireUnitOf(staff.getAgencyId(), form.unitId());
        staff.update(form);
        events.publishEvent(new RegistryEvent.LegalStaffUpdated(staff.getId(), staff.getAgencyId(), staff.facts()));
    }

    LegalStaff visibleLegalStaff(CurrentUser user, long staffId) {
        return legalStaff.findById(staffId).filter(s -> scope.canSee(user, s.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("法制审核人员不存在", "No such legal staff member"));
    }

    private void requireUnitOf(long agencyId, Long unitId) {
        if (unitId != null && units.findById(unitId).filter(u -> u.getAgencyId() == agencyId).isEmpty()) {
            throw new InvalidInputException("所选机构不属于该执法主体", "The unit does not belong to the agency");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    public Agency visibleAgency(CurrentUser user, long id) {
        scope.requireVisible(user, id);
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("执法主体不存在", "No such agency"));
    }

    Officer visibleOfficer(CurrentUser user, long id) {
        Officer officer = officers.findById(id)
                .orElseThrow(() -> new NotFoundException("执法人员不存在", "No such officer"));
        if (!scope.canSee(user, officer.getAgencyId())) {
            throw new NotFoundException("执法人员不存在", "No such officer");
        }
        return officer;
    }

    void requireDomains(List<String> domains) {
        domains.stream().filter(d -> !properties.isDomain(d)).findFirst().ifPresent(d -> {
            throw new InvalidInputException("未知的执法领域：" + d, "Unknown enforcement domain: " + d);
        });
    }

    private static void checkVersion(long current, Long submitted) {
        if (submitted != null && submitted != current) {
            throw new OptimisticLockingFailureException("stale version " + submitted + " != " + current);
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
