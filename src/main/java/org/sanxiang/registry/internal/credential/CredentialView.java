package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.CredentialStatus;

/**
 * A credential with its status on a given day.
 *
 * @param statusChanges each status it could be changed to, allowed or not and why, by the same rules the change
 *                      applies: what a page may offer
 */
public record CredentialView(long id, String number, String issuer, LocalDate issuedOn, LocalDate validUntil,
        CredentialStatus status, List<String> domains, String areas, List<StatusOption> statusChanges) {

    public boolean changeable() {
        return statusChanges.stream().anyMatch(StatusOption::allowed);
    }

    /** Why the changes not allowed are not, each rule once: what the page says next to the choices it withholds. */
    public List<Refusal> refusedChanges() {
        return statusChanges.stream().flatMap(o -> o.refusals().stream()).distinct().toList();
    }
}
