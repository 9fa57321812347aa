package org.sanxiang.calendar.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A holiday file failed its checks; carries every problem found. */
class InvalidHolidayFileException extends RuntimeException {

    private final List<Problem> problems;

    InvalidHolidayFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::en).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
