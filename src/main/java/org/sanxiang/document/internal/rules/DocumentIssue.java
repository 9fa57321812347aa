package org.sanxiang.document.internal.rules;

import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;

/**
 * A document asked to be issued: its template, the values its fields have, the case it is of and who has signed it
 * ({@code LegalRule<DocumentIssue>}, command {@value #COMMAND}).
 *
 * @param signed the roles that signed, or for the party also a refusal recorded with a witness
 */
public record DocumentIssue(DocumentTemplate template, Map<String, String> fields, CaseFile kase, List<Signer> signed,
        long officerSignatures) {

    public static final String COMMAND = "document.issue";
    /** Making the document's draft in a case. */
    public static final String DRAFT = "document.draft";

    public boolean has(String field) {
        String value = fields.get(field);
        return value != null && !value.isBlank();
    }

    public boolean is(String code) {
        return template.code().equals(code);
    }

    /** A decision document of the general procedure (行政处罚决定书、不予行政处罚决定书). */
    public boolean decision() {
        return is("penalty-decision") || is("no-penalty-decision");
    }
}
