/**
 * Rules of the law and of the seeds, in one shape, in one catalogue (执法规则).
 *
 * <ul>
 * <li>{@link org.sanxiang.platform.rule.LegalRule}: a guard that refuses a command ("a revoked credential is never
 * reinstated"). Its {@code check} looks at a plain facts value and returns nothing (allowed) or a
 * {@link org.sanxiang.platform.rule.Refusal}.</li>
 * <li>{@link org.sanxiang.platform.rule.Indicator}: a measure that flags and never refuses ("legal reviewers at least
 * 5 % of the officers").</li>
 * <li>{@link org.sanxiang.platform.rule.RuleParameter}: a number the seeds differ on, read from
 * {@code sanxiang.rules.<rule>.<parameter>}, per agency from
 * {@code sanxiang.rules.<rule>.agencies.<统一社会信用代码>.<parameter>}, with the seed's value as default.</li>
 * <li>{@link org.sanxiang.platform.rule.RuleCatalogue}: every rule and indicator bean, for
 * {@code GET /api/v1/public/rules}, the portal page 执法规则, and the {@link org.sanxiang.platform.rule.RuleSet}
 * of each command, made of the rules whose {@code appliesTo} names it.</li>
 * </ul>
 * A module keeps its rules in {@code internal/rules/}, one file per rule, each named after its rule (rule
 * {@code credential-final-status} is the class {@code CredentialFinalStatus}) with a plain unit test
 * {@code CredentialFinalStatusTest}; {@code RuleCatalogueTest} holds every rule to that.
 */
@NamedInterface("rule")
package org.sanxiang.platform.rule;

import org.springframework.modulith.NamedInterface;
