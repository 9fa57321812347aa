/**
 * Casework (执法全过程记录: 启动、调查取证、审核决定、送达执行): enforcement cases run through their legal procedures as
 * explicit state machines, every step recorded, guarded by named rules and on the ledger.
 * <ul>
 * <li>API for other modules: the {@link org.sanxiang.casework.Procedure}s, the facts a casework rule looks at
 * ({@link org.sanxiang.casework.CaseStep}: a module plugs a rule into a step by naming {@code case.<step>} in its
 * {@code appliesTo}, as the legal review does for {@code case.decide}) and the typed events
 * {@link org.sanxiang.casework.CaseEvent} (a decision made, a case closed), each its own ledger entry.</li>
 * <li>{@code internal/procedure}: the four procedures (行政处罚普通程序、简易程序、行政强制措施、行政检查) as states and
 * steps with the field schema of each step's record; {@code internal/rules}: one class per rule; {@code
 * internal/deadline}: the time limits, from the calendar; {@code internal/enforcementcase}: the case and its
 * steps as stored; {@code CaseService}: open a case, take a step (record read by its schema, rules, tables and
 * event in one transaction), the steps available now and why not; {@code CaseApi}: {@code /api/v1/cases}.</li>
 * <li>{@code internal/party}: the parties (当事人) a case is opened against, with their checked numbers, kept masked,
 * and their service address confirmation ({@link org.sanxiang.casework.PartyEvent} their ledger entries);
 * {@code PartyApi}: {@code /api/v1/parties}; {@code PartyPages}: their list, form and 一户式 page.</li>
 * </ul>
 */
package org.sanxiang.casework;
