/**
 * Legal review of major decisions (重大执法决定法制审核): no major decision without a passed review (行政处罚法
 * 第五十八条). The agency's criteria are a catalog list ({@link org.sanxiang.catalog.MajorDecisionCriteria}); a case
 * whose draft decision meets one is submitted with its materials frozen and hashed, assigned to a legal reviewer who
 * did not handle it, answered on every checklist item, and resubmitted or disputed after a return (then the agency's
 * heads discuss it collectively). The gate is the rule {@code legal-review-passed} on casework's {@code decide},
 * which reads {@link org.sanxiang.review.ReviewStanding} gathered with the case's facts.
 * <ul>
 * <li>API for other modules: {@link org.sanxiang.review.ReviewEvent}, each its own ledger entry; the standing and
 * statuses.</li>
 * <li>{@code internal}: the rounds as stored, the commands ({@code ReviewService}), the API
 * ({@code /api/v1/reviews}, {@code /api/v1/cases/{id}/reviews}); {@code internal/rules}: one class per rule.</li>
 * </ul>
 */
package org.sanxiang.review;
