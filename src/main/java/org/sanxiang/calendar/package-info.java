/**
 * Working-day calendar (法定节假日、调休、工作日). Other modules count periods written in working days with
 * {@link org.sanxiang.calendar.WorkingDayCalendar} only; a year without the State Council's holiday notice is an
 * explicit error ({@link org.sanxiang.calendar.CalendarYearMissingException}, rule {@code calendar-year-missing} of the rule
 * catalogue)
 * or a flagged {@link org.sanxiang.calendar.Estimate}, never a silent weekend-only guess.
 *
 * <p>Data: the holiday-cn files shipped under {@code calendar/holidays-cn/} (MIT) seed the database on first start;
 * administrators import later years by the workbench page, {@code POST /api/v1/calendar/years} or
 * {@code java -jar sanxiang.jar calendar import <file.json>}.
 */
package org.sanxiang.calendar;
