package org.sanxiang.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.sanxiang.platform.CurrentUser;

/**
 * What an entry is about, as the ledger page shows it: the subject's name and the page of its record ("执法人员
 * 王伟", linking to the officer's page) instead of "officer 53". The module that owns the subject type declares one
 * as a bean; a subject it no longer finds is shown by its type and id.
 */
public interface SubjectPages {

    /** The subject type, as entries record it ({@code officer}). */
    String subjectType();

    /**
     * The subjects of these ids that exist, by id. Every id is of an entry the reader may read; a subject's page is
     * given only if the reader may open it.
     */
    Map<String, Subject> find(Collection<String> ids, CurrentUser reader);

    /** Subject pages from a function, for a module whose subjects need no more than a query. */
    static SubjectPages of(String subjectType, BiFunction<Collection<String>, CurrentUser, Map<String, Subject>> find) {
        return new SubjectPages() {
            @Override
            public String subjectType() {
                return subjectType;
            }

            @Override
            public Map<String, Subject> find(Collection<String> ids, CurrentUser reader) {
                return find.apply(ids, reader);
            }
        };
    }

    /** The ids that are numbers (a module's row ids), as numbers; any other id names no row. */
    static List<Long> numbers(Collection<String> ids) {
        return ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /**
     * @param name the subject as people name it (王伟, 衡阳市市场监督管理局)
     * @param path the workbench or portal path of its record, or {@code null} when there is none for the reader
     */
    record Subject(String name, String path) {
    }
}
