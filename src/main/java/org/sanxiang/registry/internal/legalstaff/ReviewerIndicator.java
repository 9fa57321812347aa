package org.sanxiang.registry.internal.legalstaff;

import java.math.BigDecimal;

/**
 * Legal reviewers ÷ enforcement officers of an agency, flagged below the configured minimum (5 % in the seeds).
 */
public record ReviewerIndicator(long agencyId, String agencyName, long officers, long reviewers, BigDecimal ratio,
        BigDecimal minimum, boolean belowMinimum) {
}
