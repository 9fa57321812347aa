package org.sanxiang.document.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByCaseIdOrderById(long caseId);

    /** The issued version that corrects this one. */
    Optional<Document> findFirstByPreviousIdAndStatusNot(long previousId, DocumentStatus status);
}
