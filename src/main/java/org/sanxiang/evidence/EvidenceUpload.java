package org.sanxiang.evidence;

import java.io.IOException;

import org.sanxiang.platform.CurrentUser;

/**
 * A whole file uploaded the way the tus endpoint takes it (created with its metadata, its bytes appended, stored
 * as evidence with its ledger entry), for another module's demo data that links footage to its cases' steps.
 */
public interface EvidenceUpload {

    /**
     * @param metadata the tus {@code Upload-Metadata} header ({@code key base64(value),…}: kind, capturedAt,
     *                 caseRef, stepRef …)
     * @return the evidence's id
     */
    long upload(CurrentUser uploader, String metadata, byte[] content) throws IOException;
}
