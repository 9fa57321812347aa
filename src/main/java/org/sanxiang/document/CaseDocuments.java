package org.sanxiang.document;

import java.time.Instant;
import java.util.List;

/**
 * The documents of a case that are issued and in force, for the legal review: they are part of the materials it
 * freezes, and a correction or withdrawal after the review passed changes them. The review writes its own opinion
 * into the case's file with {@link GeneratedDocuments}.
 */
public interface CaseDocuments {

    List<InForce> inForce(long caseId);

    /** @param sha256 the issued PDF's SHA-256, hex */
    record InForce(long id, String template, String title, String number, int version, String sha256,
            Instant issuedAt) {
    }
}
