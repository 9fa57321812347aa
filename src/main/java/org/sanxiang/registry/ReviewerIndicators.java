package org.sanxiang.registry;

/** An agency's legal reviewers ÷ enforcement officers against indicator {@code legal-reviewer-ratio}. */
public interface ReviewerIndicators {

    ReviewerIndicator indicator(long agencyId);
}
