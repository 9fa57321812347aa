package org.sanxiang.registry.internal;

import java.util.List;

/** What the registry's workbench panel shows: credentials to renew and agencies short of legal reviewers. */
record CredentialWatch(int days, List<ExpiringCredential> expiring, int moreExpiring,
        List<ReviewerIndicator> shortOfReviewers) {
}
