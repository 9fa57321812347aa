package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as a document is filled from it (执法文书): what the case is, its facts and steps so far, its party with
 * the numbers whole (a document served on the party names it in full) and its officers with the credentials they
 * act under today.
 *
 * @param words each fact its steps recorded, as words a document prints (a choice by its name, officers by name),
 *              the latest step's value of a field
 */
public record CaseFile(long id, String number, Procedure procedure, String state, long agencyId, String agencyName,
        String domain, String title, LocalDate openedOn, CaseFacts facts, Map<String, String> words, Party party,
        List<Officer> officers) {

    /**
     * @param number the 统一社会信用代码 of an organisation, or the ID document's number of a person, whole
     */
    public record Party(Long id, PartyKind kind, String name, String number, String representative, String address,
            String phone, String serviceAddress, String serviceRecipient, boolean electronicService,
            LocalDate serviceConfirmedOn) {

        public static final Party NONE = new Party(null, null, "", "", null, null, null, null, null, false, null);
    }

    /** @param credentialNumber the 执法证 she acts under in the case's domain today; {@code null} when none */
    public record Officer(long id, String name, String credentialNumber) {
    }
}
