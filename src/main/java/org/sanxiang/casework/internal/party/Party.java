package org.sanxiang.casework.internal.party;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.registry.ProtectedIdNumber;

/**
 * 当事人: an organisation, a 个体工商户 or a natural person against whom an agency's cases are brought, with its
 * service address confirmation. Its ID and phone numbers and its address for electronic service are kept as
 * {@link ProtectedIdNumber}s: the pages and the ledger see their masks. Changed by {@link #describe} only. Getters
 * the templates read are public.
 */
@Entity
@Table(name = "party")
public class Party extends AuditedEntity {

    @Column(nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyKind kind;

    @Column(nullable = false)
    private String name;

    private String creditCode;
    private String registrationNumber;
    private String operatorName;
    private String legalRepresentative;

    @Enumerated(EnumType.STRING)
    private IdType idType;

    private String idNumberCipher;
    private String idNumberDigest;
    private String idNumberMasked;
    private String address;
    private String phoneCipher;
    private String phoneMasked;
    private String serviceAddress;
    private String serviceRecipient;
    private String servicePhoneCipher;
    private String servicePhoneMasked;

    @Column(nullable = false)
    private boolean electronicService;

    private String electronicAddressCipher;
    private String electronicAddressMasked;
    private LocalDate serviceConfirmedOn;

    protected Party() {
    }

    Party(long agencyId) {
        this.agencyId = agencyId;
    }

    /**
     * Takes the form's values; a protected number {@code null} keeps the one on record (the address for electronic
     * service only while the party consents to it).
     */
    void describe(PartyForm form, ProtectedIdNumber idNumber, ProtectedIdNumber phone,
            ProtectedIdNumber servicePhone, ProtectedIdNumber electronicAddress) {
        this.kind = form.kind();
        this.name = form.name().strip();
        this.creditCode = PartyChecks.creditCode(form);
        this.registrationNumber = PartyChecks.blankToNull(form.registrationNumber());
        this.operatorName = PartyChecks.blankToNull(form.operatorName());
        this.legalRepresentative = PartyChecks.blankToNull(form.legalRepresentative());
        this.idType = form.idType();
        if (form.idType() == null) {
            idNumberCipher = idNumberDigest = idNumberMasked = null;
        } else if (idNumber != null) {
            idNumberCipher = idNumber.cipher();
            idNumberDigest = idNumber.digest();
            idNumberMasked = idNumber.masked();
        }
        this.address = PartyChecks.blankToNull(form.address());
        if (phone != null) {
            phoneCipher = phone.cipher();
            phoneMasked = phone.masked();
        }
        this.serviceAddress = PartyChecks.blankToNull(form.serviceAddress());
        this.serviceRecipient = PartyChecks.blankToNull(form.serviceRecipient());
        if (servicePhone != null) {
            servicePhoneCipher = servicePhone.cipher();
            servicePhoneMasked = servicePhone.masked();
        }
        this.electronicService = form.consentsToElectronicService();
        if (!electronicService) {
            electronicAddressCipher = electronicAddressMasked = null;
        } else if (electronicAddress != null) {
            electronicAddressCipher = electronicAddress.cipher();
            electronicAddressMasked = electronicAddress.masked();
        }
        this.serviceConfirmedOn = form.serviceConfirmedOn();
    }

    /** The facts its ledger entries record: the party with its numbers masked. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", kind.name());
        facts.put("name", name);
        facts.put("creditCode", creditCode);
        facts.put("registrationNumber", registrationNumber);
        facts.put("operatorName", operatorName);
        facts.put("legalRepresentative", legalRepresentative);
        facts.put("idType", idType == null ? null : idType.name());
        facts.put("idNumberMasked", idNumberMasked);
        facts.put("address", address);
        facts.put("phoneMasked", phoneMasked);
        facts.put("serviceAddress", serviceAddress);
        facts.put("serviceRecipient", serviceRecipient);
        facts.put("servicePhoneMasked", servicePhoneMasked);
        facts.put("electronicService", electronicService);
        facts.put("electronicAddressMasked", electronicAddressMasked);
        facts.put("serviceConfirmedOn", serviceConfirmedOn == null ? null : serviceConfirmedOn.toString());
        return facts;
    }

    /** The form to change it with: the numbers blank (kept unless retyped). */
    public PartyForm form() {
        return new PartyForm(kind, name, creditCode, registrationNumber, operatorName, legalRepresentative, idType,
                null, address, null, serviceAddress, serviceRecipient, null, electronicService, null,
                serviceConfirmedOn, getVersion());
    }

    public long getAgencyId() {
        return agencyId;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    String getIdNumberCipher() {
        return idNumberCipher;
    }

    String getIdNumberDigest() {
        return idNumberDigest;
    }

    public String getAddress() {
        return address;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    String getPhoneCipher() {
        return phoneCipher;
    }

    public String getServiceAddress() {
        return serviceAddress;
    }

    public String getServiceRecipient() {
        return serviceRecipient;
    }

    public String getServicePhoneMasked() {
        return servicePhoneMasked;
    }

    String getServicePhoneCipher() {
        return servicePhoneCipher;
    }

    public boolean isElectronicService() {
        return electronicService;
    }

    public String getElectronicAddressMasked() {
        return electronicAddressMasked;
    }

    String getElectronicAddressCipher() {
        return electronicAddressCipher;
    }

    public LocalDate getServiceConfirmedOn() {
        return serviceConfirmedOn;
    }
}
