package org.sanxiang.casework.internal.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.PartyEvent;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.registry.IdNumberProtector;
import org.sanxiang.registry.ProtectedIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties of an agency: register one, change it, find them, and show its numbers whole to those allowed. Each
 * command checks the form ({@link PartyChecks}) and that no other party of the agency has the same credit code or
 * ID number, changes the table and publishes the {@link PartyEvent} that is its ledger entry, in one transaction.
 */
@Service
@Transactional
public class PartyService {

    /** Who may read a party's ID and phone numbers whole: the agency's own case handlers, not those above it. */
    static final Set<Role> NUMBER_READERS = Set.of(Role.OFFICER, Role.UNIT_HEAD, Role.AGENCY_HEAD);

    private final PartyRepository parties;
    private final IdNumberProtector numbers;
    private final AgencyScope scope;
    private final ApplicationEventPublisher events;

    PartyService(PartyRepository parties, IdNumberProtector numbers, AgencyScope scope,
            ApplicationEventPublisher events) {
        this.parties = parties;
        this.numbers = numbers;
        this.scope = scope;
        this.events = events;
    }

    /** The full numbers of a party, for a reader allowed to see them. */
    public record Numbers(String idNumber, String phone, String servicePhone, String electronicAddress) {
    }

    public Party register(CurrentUser user, PartyForm form) {
        if (user.agencyId() == null) {
            throw new InvalidInputException("当事人属于执法机关，平台管理员不能登记", "Parties belong to an agency");
        }
        require(problems(user.agencyId(), null, form));
        Party party = new Party(user.agencyId());
        party.describe(form, idNumber(form), phone(form.phone()), phone(form.servicePhone()), electronicAddress(form));
        parties.save(party);
        events.publishEvent(new PartyEvent.Registered(party.getId(), party.getAgencyId(), party.facts()));
        return party;
    }

    public Party update(CurrentUser user, long id, PartyForm form) {
        Party party = visible(user, id);
        if (form.version() != null && form.version() != party.getVersion()) {
            throw new OptimisticLockingFailureException("stale version " + form.version() + " of party " + id);
        }
        require(problems(party.getAgencyId(), party, form));
        party.describe(form, idNumber(form), phone(form.phone()), phone(form.servicePhone()), electronicAddress(form));
        events.publishEvent(new PartyEvent.Updated(id, party.getAgencyId(), party.facts()));
        return party;
    }

    /**
     * What is wrong with the form for a new party of the agency ({@code existing} {@code null}) or a change of
     * {@code existing}, each problem by its field: the form's own, then another party with the same numbers.
     */
    @Transactional(readOnly = true)
    public List<PartyChecks.Problem> problems(long agencyId, Party existing, PartyForm form) {
        Set<String> onRecord = new HashSet<>();
        if (existing != null && existing.getIdNumberDigest() != null && existing.getIdType() == form.idType()) {
            onRecord.add("idNumber");
        }
        if (existing != null && existing.getElectronicAddressCipher() != null) {
            onRecord.add("electronicAddress");
        }
        List<PartyChecks.Problem> problems = new ArrayList<>(PartyChecks.of(form, onRecord));
        if (!problems.isEmpty()) {
            return problems;
        }
        String code = PartyChecks.creditCode(form);
        Optional<Party> sameCode = code == null ? Optional.empty()
                : parties.findByAgencyIdAndCreditCode(agencyId, code);
        sameCode.filter(other -> isOther(other, existing)).ifPresent(other -> problems.add(new PartyChecks.Problem(
                "creditCode", "该统一社会信用代码已登记为当事人“" + other.getName() + "”（编号 " + other.getId() + "）",
                "This credit code is party " + other.getId() + " (" + other.getName() + ") already")));
        Optional<Party> sameId = form.idType() == null || isBlank(form.idNumber()) ? Optional.empty()
                : parties.findByAgencyIdAndIdTypeAndIdNumberDigest(agencyId, form.idType(),
                        numbers.digest(form.idNumber()));
        sameId.filter(other -> isOther(other, existing)).ifPresent(other -> problems.add(new PartyChecks.Problem(
                "idNumber", "该证件号码已登记为当事人“" + other.getName() + "”（编号 " + other.getId() + "）",
                "This ID number is party " + other.getId() + " (" + other.getName() + ") already")));
        return problems;
    }

    @Transactional(readOnly = true)
    public Party visible(CurrentUser user, long id) {
        Party party = parties.findById(id).orElseThrow(() -> new NotFoundException("没有该当事人", "No such party"));
        if (!scope.canSee(user, party.getAgencyId())) {
            throw new AccessDeniedException("party " + id + " is not within the user's scope");
        }
        return party;
    }

    /** The party a case of the agency is opened against. */
    @Transactional(readOnly = true)
    public Party ofAgency(long agencyId, Long partyId) {
        if (partyId == null) {
            throw new InvalidInputException("请选择当事人", "The party is required");
        }
        return parties.findById(partyId).filter(p -> p.getAgencyId() == agencyId).orElseThrow(
                () -> new InvalidInputException("本机关没有编号为 " + partyId + " 的当事人",
                        "The agency has no party " + partyId));
    }

    /** The parties the user may see whose name has the word, or whose credit code, registration or ID number it is. */
    @Transactional(readOnly = true)
    public Page<Party> search(CurrentUser user, String q, Pageable pageable) {
        VisibleAgencies visible = scope.visibleTo(user);
        String word = isBlank(q) ? null : q.strip();
        String digest = word == null ? null : numbers.digest(IdType.normalize(word));
        // an empty "in ()" is not SQL: a list that matches nothing stands in for it
        Set<Long> agencies = visible.isAll() || visible.ids().isEmpty() ? Set.of(-1L) : visible.ids();
        return parties.search(visible.isAll(), agencies, word, digest, pageable);
    }

    /** The agency's own parties, by name: those a case of it may be opened against. */
    @Transactional(readOnly = true)
    public Page<Party> agencyParties(long agencyId, Pageable pageable) {
        return parties.search(false, Set.of(agencyId), null, null, pageable);
    }

    /** The party's numbers whole, for a reader of its own agency allowed to see them; the access is recorded. */
    public Numbers reveal(CurrentUser user, long id) {
        Party party = visible(user, id);
        if (!mayReadNumbers(user, party)) {
            throw new AccessDeniedException("only the party's agency's case handlers read its numbers whole");
        }
        events.publishEvent(new PartyEvent.NumbersViewed(id, party.getAgencyId()));
        return new Numbers(reveal(party.getIdNumberCipher()), reveal(party.getPhoneCipher()),
                reveal(party.getServicePhoneCipher()), reveal(party.getElectronicAddressCipher()));
    }

    /**
     * The party as a document names it, its number and phone whole: read for a case's document only, whose issue is
     * its own ledger entry (the page that shows the numbers records each viewing instead, {@link #reveal}).
     */
    @Transactional(readOnly = true)
    public CaseFile.Party forDocument(long id) {
        Party party = parties.findById(id).orElseThrow(() -> new NotFoundException("没有该当事人", "No such party"));
        String number = party.getCreditCode() != null ? party.getCreditCode() : reveal(party.getIdNumberCipher());
        String representative = party.getLegalRepresentative() != null ? party.getLegalRepresentative()
                : party.getOperatorName();
        return new CaseFile.Party(id, party.getKind(), party.getName(), number == null ? "" : number, representative,
                party.getAddress(), reveal(party.getPhoneCipher()), party.getServiceAddress(),
                party.getServiceRecipient(), party.isElectronicService(), party.getServiceConfirmedOn());
    }

    public boolean mayReadNumbers(CurrentUser user, Party party) {
        return Long.valueOf(party.getAgencyId()).equals(user.agencyId())
                && NUMBER_READERS.stream().anyMatch(user::has);
    }

    private static boolean isOther(Party found, Party existing) {
        return existing == null || !found.getId().equals(existing.getId());
    }

    private String reveal(String cipher) {
        return cipher == null ? null : numbers.reveal(cipher);
    }

    private ProtectedIdNumber idNumber(PartyForm form) {
        return form.idType() == null || isBlank(form.idNumber()) ? null
                : numbers.protect(IdType.normalize(form.idNumber()), form.idType().mask(form.idNumber()));
    }

    private ProtectedIdNumber phone(String phone) {
        return isBlank(phone) ? null : numbers.protect(PhoneNumber.normalize(phone), PhoneNumber.mask(phone));
    }

    private ProtectedIdNumber electronicAddress(PartyForm form) {
        if (!form.consentsToElectronicService() || isBlank(form.electronicAddress())) {
            return null;
        }
        String to = form.electronicAddress().strip();
        // a mobile number as a phone is kept; an e-mail address keeps its case
        return PhoneNumber.isValid(to) ? phone(to) : numbers.protect(to, PartyChecks.maskEmail(to));
    }

    private static void require(List<PartyChecks.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(PartyChecks.Problem::zh)
                    .collect(Collectors.joining("；")), problems.stream().map(PartyChecks.Problem::en)
                    .collect(Collectors.joining("; ")));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
