/**
 * Platform: what every module builds on — security, user accounts and roles, error handling, the page layout and
 * i18n (Chinese first, English second).
 * <ul>
 * <li>Who asks: a controller method takes a {@link org.sanxiang.platform.CurrentUser} parameter (nobody signed in
 * is a 401); what she may see is her {@link org.sanxiang.platform.VisibleAgencies}, from
 * {@link org.sanxiang.platform.AgencyScope} (implemented by the registry, resolved once per request).</li>
 * <li>Refusals: {@link org.sanxiang.platform.InvalidInputException} (400),
 * {@link org.sanxiang.platform.NotFoundException} (404), {@link org.sanxiang.platform.RuleViolationException} (a rule
 * of law, {@code urn:sanxiang:rule:<name>} with its legal basis), all {@link org.sanxiang.platform.SanxiangException}s
 * with a Chinese and an English message: RFC 9457 problem details on the API, the Chinese message on a page.</li>
 * <li>Pages: {@link org.sanxiang.platform.PageCommand} runs a posted command and keeps the user's place when it is
 * refused; modules contribute {@link org.sanxiang.platform.MenuItem}s and
 * {@link org.sanxiang.platform.WorkbenchPanel}s as beans; {@link org.sanxiang.platform.PageResult} and
 * {@link org.sanxiang.platform.TableExport} are every list's page and export.</li>
 * <li>Accounts: {@link org.sanxiang.platform.UserAccounts} creates them; every change is an
 * {@link org.sanxiang.platform.AccountEvent} the ledger records in the same transaction. API clients sign in with
 * HTTP Basic or an API token ({@code Authorization: Bearer}).</li>
 * </ul>
 */
package org.sanxiang.platform;
