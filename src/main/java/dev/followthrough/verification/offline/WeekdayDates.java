package dev.followthrough.verification.offline;

import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateExpressions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday written with its date ("Friday, the 7th", "Wednesday, November 26", "Thu 9 Dec") must be that day: a
 * summariser that shifts a deadline by a day keeps the weekday or the date and gets the other wrong.
 */
final class WeekdayDates {

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|"
            + "thurs|thur|thu|fri|sat|sun)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|"
            + "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    /** "Friday, the 7th", "Thu 9th", "Friday the 7th of December". */
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b" + WEEKDAY + "\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)"
            + "(?:\\s+(?:of\\s+)?" + MONTH + "\\b)?");
    /** "Wednesday, November 26", "Thu, Dec 3". */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + WEEKDAY + "\\.?,?\\s+" + MONTH + "\\.?\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?\\b(?!\\s*[:.]\\d)");
    /** "Thursday 3 December", "Thu 3 Dec". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?i)\\b" + WEEKDAY + "\\.?,?\\s+(\\d{1,2})\\s+" + MONTH + "\\b");

    private WeekdayDates() {
    }

    /** A weekday and the date it was given, and whether they disagree. */
    record Pair(String surface, DayOfWeek weekday, LocalDate date) {
    }

    static List<String> mismatches(String text, LocalDate meeting) {
        List<String> out = new ArrayList<>();
        if (text == null || meeting == null) {
            return out;
        }
        for (Pair p : pairs(SpokenNumbers.normalise(text), meeting)) {
            if (p.date() != null && p.date().getDayOfWeek() != p.weekday()) {
                out.add(p.surface());
            }
        }
        return out;
    }

    /** The call said the same (wrong) pair itself: the draft repeats it faithfully. */
    static boolean saidOnCall(String surface, List<Utterance> utterances, LocalDate meeting) {
        List<Pair> mine = pairs(surface, meeting);
        if (mine.isEmpty()) {
            return false;
        }
        Pair p = mine.get(0);
        for (Utterance u : utterances) {
            for (Pair q : pairs(SpokenNumbers.normalise(u.text()), meeting)) {
                if (q.weekday() == p.weekday() && q.date() != null && p.date() != null
                        && q.date().getDayOfMonth() == p.date().getDayOfMonth()) {
                    return true;
                }
            }
        }
        return false;
    }

    static String reason(String surface, LocalDate meeting) {
        Pair p = pairs(surface, meeting).get(0);
        String day = p.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = p.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "The draft says \u201C" + surface.strip() + "\u201D, but " + month + " " + p.date().getDayOfMonth()
                + " is a " + day + ": the weekday or the date is wrong.";
    }

    private static List<Pair> pairs(String text, LocalDate meeting) {
        List<Pair> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Pattern pattern : List.of(MONTH_FIRST, NUMBER_FIRST, DAY_FIRST)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (taken.stream().anyMatch(r -> s < r[1] && e > r[0])) {
                    continue;
                }
                DayOfWeek weekday = weekday(m.group(1));
                LocalDate date;
                if (pattern == MONTH_FIRST) {
                    date = inYear(month(m.group(2)), Integer.parseInt(m.group(3)), meeting);
                } else if (pattern == NUMBER_FIRST) {
                    date = inYear(month(m.group(3)), Integer.parseInt(m.group(2)), meeting);
                } else if (m.group(3) != null) {
                    date = inYear(month(m.group(3)), Integer.parseInt(m.group(2)), meeting);
                } else {
                    date = bareDay(weekday, Integer.parseInt(m.group(2)), meeting);
                }
                if (weekday != null && date != null) {
                    taken.add(new int[] {s, e});
                    out.add(new Pair(m.group(), weekday, date));
                }
            }
        }
        return out;
    }

    /**
     * "Friday the 7th" with no month: the first 7th from a week before the meeting on, or the one after it when that
     * one is the named weekday and not more than five weeks away ("Thursday the 14th" said late in a month).
     */
    private static LocalDate bareDay(DayOfWeek weekday, int day, LocalDate meeting) {
        if (day < 1 || day > 31) {
            return null;
        }
        LocalDate from = meeting.minusDays(7);
        List<LocalDate> candidates = new ArrayList<>();
        YearMonth ym = YearMonth.from(from);
        for (int k = 0; k < 3 && candidates.size() < 2; k++, ym = ym.plusMonths(1)) {
            if (day <= ym.lengthOfMonth() && !ym.atDay(day).isBefore(from)) {
                candidates.add(ym.atDay(day));
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        for (LocalDate c : candidates) {
            if (c.getDayOfWeek() == weekday && ChronoUnit.DAYS.between(meeting, c) <= 35) {
                return c;
            }
        }
        return candidates.get(0);
    }

    private static LocalDate inYear(Month month, int day, LocalDate meeting) {
        return month == null ? null : DateExpressions.inMeetingYear(month, day, meeting);
    }

    private static DayOfWeek weekday(String w) {
        return DateExpressions.weekday(w);
    }

    private static Month month(String m) {
        return m == null ? null : DateExpressions.month(m);
    }
}
