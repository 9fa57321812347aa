/**
 * Registry (执法主体、执法人员、执法证件): the agencies with enforcement authority in their supervision hierarchy,
 * their internal units, officers and credentials, legal reviewers, advisers and public lawyers.
 * <ul>
 * <li>API for other modules: {@link org.sanxiang.registry.AccountOfficer} (which officer an account is),
 * {@link org.sanxiang.registry.EnforcementAuthority} ("may this officer act in this
 * domain on this date", 行政处罚法 第四十二条), {@link org.sanxiang.registry.CredentialStatus}, and the identifier
 * checks {@link org.sanxiang.registry.ResidentIdNumber} and {@link org.sanxiang.registry.UnifiedSocialCreditCode},
 * {@link org.sanxiang.registry.IdNumberProtector} (how ID numbers are kept: encrypted, digested, masked; casework
 * keeps parties' numbers the same way) and {@link org.sanxiang.registry.AgencyDomains} (the domains an agency enforces
 * in).
 * The registry also implements platform's {@code AgencyScope} (who sees which agency) and
 * {@code AgencyDirectory}.</li>
 * <li>{@code internal}: the commands ({@code RegistryService}: scope, validation, tables and ledger entry in one
 * transaction), the reads ({@code RegistryQueries}), the workbench pages and the API; one package per aggregate
 * with its entity, repository, forms and views ({@code agency}, {@code officer}, {@code credential},
 * {@code legalstaff}); the public portal's pages, API and credential QR codes ({@code portal}); the spreadsheet
 * import of officers with their credentials ({@code importing}).</li>
 * </ul>
 * ID numbers are stored encrypted with a keyed digest for lookups and are never shown unmasked except on an
 * administrator's explicit request, which is a ledger entry.
 */
package org.sanxiang.registry;
