package org.sanxiang.registry;

import java.math.BigDecimal;

/**
 * Legal reviewers ÷ enforcement officers of an agency, flagged below the minimum of indicator
 * {@code legal-reviewer-ratio} (5 % in the seeds).
 *
 * @param ratio {@code null} without officers
 */
public record ReviewerIndicator(long agencyId, String agencyName, long officers, long reviewers, BigDecimal ratio,
        BigDecimal minimum, boolean belowMinimum, String indicator, String legalBasis) {
}
