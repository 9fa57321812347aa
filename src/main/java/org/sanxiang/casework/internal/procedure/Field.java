package org.sanxiang.casework.internal.procedure;

import java.util.List;

/**
 * One field of a step's record (笔录、审批表、报告 …): its name in the API and in the case's facts, its type, whether
 * the step needs it, its label, and for a choice the allowed values with their labels.
 */
public record Field(String name, Type type, boolean required, String zh, String en, List<Choice> choices) {

    public enum Type {
        /** one line */
        TEXT,
        /** a record's body: facts found, statements, opinions */
        LONG_TEXT,
        DATE,
        /** an instant (the emergency measure's time) */
        TIME,
        /** yuan, two decimals at most, not negative */
        AMOUNT,
        /** one of {@link Field#choices()} */
        CHOICE,
        YES_NO,
        /** a whole number of days, 1 to 365 */
        DAYS,
        /** officers of the agency, by id */
        OFFICERS
    }

    public record Choice(String value, String zh, String en) {
    }

    public static Field required(String name, Type type, String zh, String en) {
        return new Field(name, type, true, zh, en, List.of());
    }

    public static Field optional(String name, Type type, String zh, String en) {
        return new Field(name, type, false, zh, en, List.of());
    }

    public static Field choice(String name, boolean required, String zh, String en, Choice... choices) {
        return new Field(name, Type.CHOICE, required, zh, en, List.of(choices));
    }
}
