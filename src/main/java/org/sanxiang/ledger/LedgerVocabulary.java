package org.sanxiang.ledger;

import java.util.Map;
import java.util.Set;

/**
 * How a module's ledger entries read to the supervisors and auditors who read them: a module that writes entries
 * declares one as a bean, and its own message bundle names them (Chinese first), by these keys:
 * <ul>
 * <li>{@code ledger.module.<module>}: the module as users know it (证据);</li>
 * <li>{@code ledger.entry.<entryType>}: what happened (证据入库); where a fact tells which of several things
 * happened ({@link #namingFacts}), {@code ledger.entry.<entryType>.<value>} names each (执法证暂扣), and the plain
 * key the rest;</li>
 * <li>{@code ledger.subject.<subjectType>}: what it happened to (执法人员); a {@link SubjectPages} bean names the
 * subject itself and links its record.</li>
 * </ul>
 * The ledger module knows none of the names: a module that comes later brings its own.
 *
 * @param module       the module, as its entries record it ({@code registry})
 * @param subjectTypes the subject types its entries are about, which the ledger page offers as filters
 * @param namingFacts  by entry type, the fact whose value picks the entry's name
 */
public record LedgerVocabulary(String module, Set<String> subjectTypes, Map<String, String> namingFacts) {

    public LedgerVocabulary {
        subjectTypes = Set.copyOf(subjectTypes);
        namingFacts = Map.copyOf(namingFacts);
    }

    public LedgerVocabulary(String module, Set<String> subjectTypes) {
        this(module, subjectTypes, Map.of());
    }
}
