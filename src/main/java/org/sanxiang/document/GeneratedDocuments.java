package org.sanxiang.document;

import java.util.Map;

import org.sanxiang.platform.CurrentUser;

/**
 * The documents that record another module's act in a case, written and issued by that module: the legal review's
 * {@code legal-review} 法制审核意见书 when the reviewer answers.
 */
public interface GeneratedDocuments {

    /**
     * Writes and issues it in the caller's transaction: sealed, its PDF's hash on the ledger, in the case's file like
     * any document.
     */
    CaseDocuments.InForce issue(CurrentUser author, long caseId, String template, Map<String, String> fields);
}
