package org.sanxiang.ledger.internal;

/**
 * An entry as the ledger page shows it: named, with who did it and what it is about in words, and the stored entry
 * one click away ({@link #entry}).
 *
 * @param name   what happened (证据入库), or the entry type if no module names it
 * @param module the module's name (证据)
 */
record EntryLine(EntryView entry, String name, String module, Actor actor, Subject subject) {

    /**
     * Who did it.
     *
     * @param name   her display name, or the username when no account has it
     * @param agency her agency's name, or null (a platform administrator, the system, an agency no longer found)
     */
    record Actor(String username, String name, String agency) {
    }

    /**
     * What it is about.
     *
     * @param name the subject's own name (王伟), or null when it no longer resolves: then its id tells it
     * @param path its record's page, or null
     */
    record Subject(String type, String typeName, String id, String name, String path) {
    }
}
