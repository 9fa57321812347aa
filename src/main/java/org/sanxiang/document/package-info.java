/**
 * Documents (执法文书): the national set of enforcement documents filled from a case and completed in the
 * workbench, signed, numbered (文号) without gaps, rendered as PDF with embedded Chinese fonts and sealed with the
 * agency's PAdES signature, immutable once issued (a correction is a new version), served (送达, which takes the
 * case's service step) and verifiable by anyone who holds a copy (its QR code opens the public verification page).
 * <p>
 * A module of its own rather than part of casework (as the design first had it): other modules issue documents too
 * (the legal review's opinion, an inspection's record, the archive's case-file forms), and casework stays the
 * procedure. It reads and steps a case through {@link org.sanxiang.casework.CaseFiles} and shows on the case's
 * page as a {@link org.sanxiang.casework.CasePanel}.
 * <ul>
 * <li>API for other modules: {@link org.sanxiang.document.DocumentEvent}, each its own ledger entry; {@link
 * org.sanxiang.document.CaseDocuments}, a case's documents in force (the legal review freezes them).</li>
 * <li>{@code internal/template}: the templates (fields, when a document is made, who signs, what its service is)
 * and their XHTML bodies; {@code internal/rules}: one class per rule on drafting, issue and service;
 * {@code internal/pdf}: rendering, fonts, the seal and signature checks; {@code internal}: the commands
 * ({@code DocumentService}), numbers, the write-once parts, the API and the pages.</li>
 * </ul>
 */
package org.sanxiang.document;
