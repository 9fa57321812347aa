package org.sanxiang.registry.internal.importing;

import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.registry.internal.RegistryService;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerUpdate;

/**
 * What a checked row will do, through the same commands as the workbench's forms (and so with the same ledger
 * entries and events).
 */
sealed interface ImportPlan {

    OfficerImport.RowOutcome carryOut(RegistryService registry, CurrentUser user, long agencyId);

    /** A new officer with her credential. */
    record Registration(int row, OfficerForm officer, CredentialForm credential) implements ImportPlan {

        @Override
        public OfficerImport.RowOutcome carryOut(RegistryService registry, CurrentUser user, long agencyId) {
            long id = registry.registerOfficer(user, agencyId, officer);
            registry.issueCredential(user, id, credential);
            return new OfficerImport.RowOutcome(row, id, officer.name(), OfficerImport.Outcome.CREATED, List.of());
        }
    }

    /**
     * An officer of the agency as the row describes her.
     *
     * @param update     her corrected description; {@code null} if the row describes her as she is
     * @param credential a new credential the row names; {@code null} if none
     * @param changed    the columns that differ from what is registered
     */
    record Correction(int row, long officerId, String name, OfficerUpdate update, CredentialForm credential,
            List<ImportColumn> changed) implements ImportPlan {

        @Override
        public OfficerImport.RowOutcome carryOut(RegistryService registry, CurrentUser user, long agencyId) {
            if (update != null) {
                registry.updateOfficer(user, officerId, update);
            }
            if (credential != null) {
                registry.issueCredential(user, officerId, credential);
            }
            return new OfficerImport.RowOutcome(row, officerId, name, changed.isEmpty()
                    ? OfficerImport.Outcome.UNCHANGED : OfficerImport.Outcome.UPDATED, changed);
        }
    }
}
