package org.sanxiang.registry.internal.officer;

import java.util.List;

import org.sanxiang.registry.internal.credential.CredentialView;

/** An officer for the workbench (masked ID number only). */
public record OfficerView(long id, long agencyId, String agencyName, Long unitId, String unitName, String name,
        Officer.Gender gender, String idNumberMasked, String position, List<String> domains, String areas,
        boolean active, boolean hasPhoto, List<CredentialView> credentials, long version) {

    /** The credential shown publicly: the newest one. */
    public CredentialView currentCredential() {
        return credentials.isEmpty() ? null : credentials.get(0);
    }
}
