package dev.followthrough.text;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A weekday written with a date it cannot be ("Wednesday, November 26" when November 26 is a Thursday; "Friday the
 * 14th" when no 14th soon is a Friday): one half is wrong, and the words give no date.
 *
 * @param start      offset of the first character of {@code surface} in the text
 * @param end        offset just past the last character
 * @param surface    the words as written, including a leading "by"/"on" when present
 * @param weekday    the weekday written
 * @param date       the date the other words name: the month and day, or for a bare day ("the 14th") the first such
 *                   day from a week before the meeting on
 * @param monthNamed true when the words name the month, so {@code date} is what they say rather than a guess at it
 */
public record WeekdayClash(int start, int end, String surface, DayOfWeek weekday, LocalDate date, boolean monthNamed) {
}
