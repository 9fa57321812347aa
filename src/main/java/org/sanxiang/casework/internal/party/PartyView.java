package org.sanxiang.casework.internal.party;

import java.time.LocalDate;

/**
 * A party as the API gives it: its ID and phone numbers masked (the whole numbers only on an allowed reader's
 * explicit request), its service address confirmation if it gave one.
 */
public record PartyView(long id, long agencyId, String kind, String name, String creditCode,
        String registrationNumber, String operatorName, String legalRepresentative, String idType,
        String idNumberMasked, String address, String phoneMasked, ServiceAddress serviceAddress, long version) {

    /** 送达地址确认书 */
    public record ServiceAddress(String address, String recipient, String phoneMasked, boolean electronicService,
            String electronicAddressMasked, LocalDate confirmedOn) {
    }

    public static PartyView of(Party p) {
        ServiceAddress service = p.getServiceConfirmedOn() == null ? null : new ServiceAddress(p.getServiceAddress(),
                p.getServiceRecipient(), p.getServicePhoneMasked(), p.isElectronicService(),
                p.getElectronicAddressMasked(), p.getServiceConfirmedOn());
        return new PartyView(p.getId(), p.getAgencyId(), p.getKind().name(), p.getName(), p.getCreditCode(),
                p.getRegistrationNumber(), p.getOperatorName(), p.getLegalRepresentative(),
                p.getIdType() == null ? null : p.getIdType().name(), p.getIdNumberMasked(), p.getAddress(),
                p.getPhoneMasked(), service, p.getVersion());
    }
}
