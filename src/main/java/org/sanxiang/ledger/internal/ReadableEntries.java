package org.sanxiang.ledger.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Entries in plain language for the people who audit them: the event's name, the actor's name and agency, and the
 * subject by its name with a link to its record. Each is looked up once per page, not once per entry.
 */
@Component
class ReadableEntries {

    /** The subject type whose names are the agencies' (the actor's agency is named by it too). */
    static final String AGENCY = "agency";
    private static final String SYSTEM = "system";

    private final EntryNames names;
    private final Map<String, SubjectPages> subjects;
    private final AccountNames accounts;
    private final MessageSource messages;

    ReadableEntries(EntryNames names, List<SubjectPages> subjects, AccountNames accounts, MessageSource messages) {
        this.names = names;
        this.subjects = subjects.stream().collect(Collectors.toMap(SubjectPages::subjectType, Function.identity()));
        this.accounts = accounts;
        this.messages = messages;
    }

    List<EntryLine> describe(List<EntryView> entries, CurrentUser reader, Locale locale) {
        Map<String, AccountNames.Named> actors = accounts.named(entries.stream().map(EntryView::actor)
                .filter(a -> !SYSTEM.equals(a)).collect(Collectors.toSet()));
        Map<String, Map<String, SubjectPages.Subject>> found = entries.stream()
                .collect(Collectors.groupingBy(EntryView::subjectType,
                        Collectors.mapping(EntryView::subjectId, Collectors.toSet())))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> find(e.getKey(), e.getValue(), reader)));
        Map<String, SubjectPages.Subject> agencies = find(AGENCY, actors.values().stream()
                .map(AccountNames.Named::agencyId).filter(Objects::nonNull).map(String::valueOf)
                .collect(Collectors.toSet()), reader);
        return entries.stream().map(e -> new EntryLine(e, names.entry(e.module(), e.entryType(), e.payload(), locale),
                names.module(e.module(), locale), actor(e.actor(), actors, agencies, locale),
                subject(e, found.get(e.subjectType()).get(e.subjectId()), locale))).toList();
    }

    private Map<String, SubjectPages.Subject> find(String type, Set<String> ids, CurrentUser reader) {
        SubjectPages pages = subjects.get(type);
        return pages == null || ids.isEmpty() ? Map.of() : pages.find(ids, reader);
    }

    private EntryLine.Actor actor(String username, Map<String, AccountNames.Named> actors,
            Map<String, SubjectPages.Subject> agencies, Locale locale) {
        if (SYSTEM.equals(username)) {
            return new EntryLine.Actor(username, messages.getMessage("ledger.actor.system", null, locale), null);
        }
        AccountNames.Named account = actors.get(username);
        if (account == null) {
            return new EntryLine.Actor(username, username, null);
        }
        SubjectPages.Subject agency = account.agencyId() == null ? null : agencies.get(account.agencyId().toString());
        return new EntryLine.Actor(username, account.displayName(), agency == null ? null : agency.name());
    }

    private EntryLine.Subject subject(EntryView e, SubjectPages.Subject found, Locale locale) {
        return new EntryLine.Subject(e.subjectType(), names.subjectType(e.subjectType(), locale), e.subjectId(),
                found == null ? null : found.name(), found == null ? null : found.path());
    }
}
