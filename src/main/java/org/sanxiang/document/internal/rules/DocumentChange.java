package org.sanxiang.document.internal.rules;

/**
 * A change asked of a document's content (its fields, a signature): allowed on a draft only
 * ({@code LegalRule<DocumentChange>}, command {@value #EDIT}).
 */
public record DocumentChange(boolean draft) {

    public static final String EDIT = "document.edit";
}
