package org.sanxiang.registry.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.platform.rule.Text;
import org.sanxiang.registry.CredentialStatus;

/**
 * An officer is to act in a domain (and an area, when asked) on a date, with one of her credentials: the facts of
 * "may this officer act" (行政处罚法 第四十二条). The registry asks it once per credential she held that day, and
 * once with none when she held none.
 *
 * @param credential the credential, or {@code null} when none was issued to her by that date
 * @param domainName the domain's name, for the messages
 * @param area       where she acts, or {@code null} when not asked
 */
public record ActingOfficer(boolean inService, Held credential, String domain, Text domainName, String area,
        LocalDate date) {

    public static final String COMMAND = "registry.officer.act";

    /**
     * A credential as it stood on the date.
     *
     * @param status the status in force that day by its history, before expiry by date (VALID, SUSPENDED, REVOKED
     *               or CANCELLED)
     * @param areas  the areas it names; empty when it names none
     */
    public record Held(String number, LocalDate issuedOn, LocalDate validUntil, CredentialStatus status,
            List<String> domains, List<String> areas) {
    }
}
