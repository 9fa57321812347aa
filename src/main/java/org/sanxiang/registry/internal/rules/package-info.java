/**
 * The registry's rules (one file per rule, named after it) and the facts they look at. The commands that apply
 * them ({@link org.sanxiang.registry.internal.rules.StatusChangeRequest#COMMAND},
 * {@link org.sanxiang.registry.internal.rules.ActingOfficer#COMMAND}) get their rule sets from the
 * {@link org.sanxiang.platform.rule.RuleCatalogue}.
 */
package org.sanxiang.registry.internal.rules;
