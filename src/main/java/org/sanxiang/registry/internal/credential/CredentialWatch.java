package org.sanxiang.registry.internal.credential;

import java.util.List;

import org.sanxiang.registry.ReviewerIndicator;

/** What the registry's workbench panel shows: credentials to renew and agencies short of legal reviewers. */
public record CredentialWatch(int days, List<ExpiringCredential> expiring, int moreExpiring,
        List<ReviewerIndicator> shortOfReviewers) {
}
