package org.sanxiang.document.internal.rules;

import java.time.LocalDate;

import org.sanxiang.document.internal.ServiceMethod;

/**
 * A service asked to be recorded ({@code LegalRule<DocumentServe>}, command {@value #COMMAND}).
 *
 * @param inForce       whether the document is issued and in force
 * @param handedOn      the day handed over, left, received by post, sent, or the notice published
 * @param receipt       whether the signed 送达回证 (or the postal receipt, a photo of the left document) is attached
 * @param consent       whether the party consented to electronic service in writing (送达地址确认书)
 */
public record DocumentServe(boolean inForce, ServiceMethod method, LocalDate issuedOn, LocalDate handedOn,
        LocalDate today, String receiver, String witness, boolean receipt, boolean consent) {

    public static final String COMMAND = "document.serve";
}
