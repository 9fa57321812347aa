package org.sanxiang.registry.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An agency's legal reviewers and enforcement officers in service.
 *
 * @param agencyCode the agency's 统一社会信用代码, under which its own parameters are configured
 */
public record ReviewerCount(String agencyCode, long officers, long reviewers) {

    public static final String COMMAND = "registry.agency.legal-staff";

    /** Reviewers ÷ officers to four places; {@code null} without officers. */
    public BigDecimal ratio() {
        return officers == 0 ? null
                : BigDecimal.valueOf(reviewers).divide(BigDecimal.valueOf(officers), 4, RoundingMode.HALF_UP);
    }
}
