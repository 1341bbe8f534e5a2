package dev.followthrough.text;

import java.time.LocalDate;

/**
 * A date said in text, resolved against the meeting date.
 *
 * @param start       offset of the first character of {@code surface} in the text
 * @param end         offset just past the last character
 * @param surface     the words as written, including a leading "by"/"on"/"before" when present
 * @param date        the resolved day; for spans, the last day of the span (deadline convention)
 * @param approximate true when the words name a fuzzy span ("next week", "next month", "Q1") rather than one day
 */
public record DateMention(int start, int end, String surface, LocalDate date, boolean approximate) {
}
