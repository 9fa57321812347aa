package org.sanxiang.document.internal;

import java.util.List;

import org.sanxiang.document.CaseDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class CaseDocumentsInForce implements CaseDocuments {

    private final DocumentRepository documents;

    CaseDocumentsInForce(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public List<InForce> inForce(long caseId) {
        return documents.findByCaseIdOrderById(caseId).stream().filter(d -> d.getStatus() == DocumentStatus.IN_FORCE)
                .map(CaseDocumentsInForce::inForce).toList();
    }

    static InForce inForce(Document d) {
        return new InForce(d.getId(), d.getTemplateCode(), DocumentService.template(d.getTemplateCode()).title().zh(),
                d.getNumber(), d.getVersionNo(), d.getSha256(), d.getIssuedAt());
    }
}
