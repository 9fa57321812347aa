package org.sanxiang.casework.internal.party;

import java.time.LocalDate;

import org.sanxiang.casework.PartyKind;

/**
 * A party as an officer enters it, on the page or over the API. An ID or phone number left blank on a change
 * keeps the one on record (the reader saw only its mask).
 *
 * @param creditCode         统一社会信用代码 (an organisation's; a 个体工商户's if it has one)
 * @param registrationNumber a 个体工商户's registration number (注册号) when it has no credit code
 * @param operatorName       a 个体工商户's operator (经营者)
 * @param legalRepresentative an organisation's legal representative (法定代表人或者负责人)
 * @param idType             a natural person's, or a 个体工商户's operator's, identity document
 * @param serviceAddress     送达地址确认书: the address the party confirmed for service, its recipient, phone, whether
 *                           it consents to electronic service (电子送达) and at which address, and when it confirmed
 * @param version            the version the change was made on; {@code null} for a new party
 */
public record PartyForm(PartyKind kind, String name, String creditCode, String registrationNumber,
        String operatorName, String legalRepresentative, IdType idType, String idNumber, String address,
        String phone, String serviceAddress, String serviceRecipient, String servicePhone, Boolean electronicService,
        String electronicAddress, LocalDate serviceConfirmedOn, Long version) {

    /** A new form for a party of this kind, for the page. */
    public static PartyForm of(PartyKind kind) {
        return new PartyForm(kind, null, null, null, null, null, kind == PartyKind.NATURAL_PERSON ? IdType.RESIDENT_ID
                : null, null, null, null, null, null, null, false, null, null, null);
    }

    boolean consentsToElectronicService() {
        return Boolean.TRUE.equals(electronicService);
    }
}
