package org.sanxiang.calendar.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.sanxiang.platform.InvalidInputException;

/** A holiday file failed its checks (400); carries every problem found, and lists them all in its message. */
class InvalidHolidayFileException extends InvalidInputException {

    private final List<Problem> problems;

    InvalidHolidayFileException(List<Problem> problems) {
        super("节假日文件未导入，共 " + problems.size() + " 处问题：" + problems.stream().map(Problem::zh).collect(Collectors.joining("；")),
                "The holiday file was not imported, " + problems.size() + " problem(s): "
                        + problems.stream().map(Problem::en).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
