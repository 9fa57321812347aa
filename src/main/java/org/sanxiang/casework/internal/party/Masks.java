package org.sanxiang.casework.internal.party;

/** How a number is shown to those who may not read it whole: its ends, the rest as stars. */
final class Masks {

    private Masks() {
    }

    /** The first {@code head} and last {@code tail} characters; a number too short for that is all stars. */
    static String ends(String number, int head, int tail) {
        if (number.length() <= head + tail + 1) {
            return "*".repeat(number.length());
        }
        return number.substring(0, head) + "*".repeat(number.length() - head - tail)
                + number.substring(number.length() - tail);
    }
}
