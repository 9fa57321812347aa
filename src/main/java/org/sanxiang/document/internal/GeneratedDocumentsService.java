package org.sanxiang.document.internal;

import java.util.Map;

import org.sanxiang.document.CaseDocuments;
import org.sanxiang.document.GeneratedDocuments;
import org.sanxiang.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** {@link GeneratedDocuments} through the document service: the same rules, seal and ledger entry as by hand. */
@Component
class GeneratedDocumentsService implements GeneratedDocuments {

    private final DocumentService documents;
    private final DocumentVerification verification;

    GeneratedDocumentsService(DocumentService documents, DocumentVerification verification) {
        this.documents = documents;
        this.verification = verification;
    }

    @Override
    public CaseDocuments.InForce issue(CurrentUser author, long caseId, String template, Map<String, String> fields) {
        return CaseDocumentsInForce.inForce(documents.issueGenerated(author, caseId, template, fields,
                verification.base()));
    }
}
