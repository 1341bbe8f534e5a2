package dev.followthrough.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds dates in text and resolves them against the meeting date.
 *
 * <p>Conventions (they matter to anyone comparing a draft's dates with the call's):
 * <ul>
 *   <li><b>Deadline, end of span.</b> A span resolves to its last working day or last day: "next week" and
 *       "by next week" are the Friday of next week, "next month" the last day of next month, "Q1" March 31,
 *       "end of the quarter" the last day of the meeting's calendar quarter (calendar, not fiscal, quarters).
 *       "early next week" is the Tuesday, "mid next week" the Wednesday, "beginning of next week" the Monday,
 *       "early next month" the 10th, "mid next month" the 15th, "beginning of next month" the 1st.</li>
 *   <li><b>Weekday and day of the month.</b> "Tuesday the 17th" is the first 17th from the meeting on (this month
 *       and the next three) that is a Tuesday, or one of the last two weeks; "Tuesday, April 7" and "Tuesday 7 April"
 *       are April 7 if that is a Tuesday. Otherwise the words contradict themselves and name no date (see
 *       {@link #weekdayClashes}).</li>
 *   <li><b>Weekdays.</b> A bare weekday ("Friday", "by Friday", "on Friday") is the first such day strictly after
 *       the meeting date; "this Friday" allows the meeting day itself. <b>"next Friday" is the Friday of the
 *       calendar week (Monday to Sunday) after the meeting's week</b>: said on a Tuesday it is 10 days later, not 3;
 *       said on a Saturday it is the coming Friday. "Friday next week" means the same. "last Friday" is the most
 *       recent one strictly before the meeting.</li>
 *   <li><b>Today-ish.</b> "today", "tonight", "EOD", "end of day", "close of business", "after this call" are the meeting date,
 *       and next to a named day that day's ("Friday EOD");
 *       "end of (the) week"/"EOW" the Friday of the meeting's week (the next Friday if the meeting is at a weekend).</li>
 *   <li><b>Offsets.</b> "in 3 days", "within a week", "in two weeks", "a week from today" add to the meeting
 *       date, "a week from Monday" to that Monday ("business days" skip weekends); "a couple of"/"a few" count as 2/3 and are approximate.</li>
 *   <li><b>Explicit dates.</b> "December 3rd", "3 December", "Dec 3", "12/03" (month first, as in the US, unless the
 *       first number cannot be a month), "2026-12-03", "the 15th" (this month if not yet past, else next month).
 *       Without a year, the meeting's year is used unless that puts the date more than 30 days before the
 *       meeting, in which case it is next year's.</li>
 * </ul>
 * Words that look like a date but name none are not mentions: a routine ("every Friday", "Fridays"), an offset counted
 * from an event ("within ten business days of receiving it"), a weekday that contradicts its date.
 * {@link DateMention#approximate()} is true for spans and vague offsets (next week, next month, this quarter, Q1,
 * "in a couple of weeks", "in two months") and false for named days and exact ends of spans ("end of next week").
 */
public final class DateExpressions {

    private DateExpressions() {
    }

    /**
     * The date a month and day without a year name, read as every date here is: in the meeting's year unless that
     * falls more than 30 days before the meeting; {@code null} for a day the month does not have.
     */
    public static LocalDate inMeetingYear(java.time.Month month, int day, LocalDate meeting) {
        if (day < 1 || day > java.time.YearMonth.of(meeting.getYear(), month).lengthOfMonth()) {
            return null;
        }
        return DateRules.inferYear(month.getValue(), day, meeting);
    }

    /** The month a name or abbreviation starts ("Sept", "december"), or {@code null}. */
    public static java.time.Month month(String name) {
        try {
            return java.time.Month.of(DateRules.monthNumber(name));
        } catch (IllegalArgumentException notAMonth) {
            return null;
        }
    }

    /** The weekday a name or abbreviation starts ("Thu", "tues"), or {@code null}. */
    public static java.time.DayOfWeek weekday(String name) {
        try {
            return DateRules.weekdayOf(name);
        } catch (IllegalArgumentException notAWeekday) {
            return null;
        }
    }

    /** Every date mention in {@code text}, in text order, without overlaps (the longest reading wins). */
    public static List<DateMention> find(String text, LocalDate meetingDate) {
        return found(text, readings(text, meetingDate), meetingDate);
    }

    private static List<DateMention> found(String text, List<Reading> readings, LocalDate meetingDate) {
        List<DateMention> kept = new ArrayList<>(readings.stream().map(Reading::mention).toList());
        kept.removeIf(k -> k.date() == null); // words that only kept others from being read as dates
        return List.copyOf(timeOfDayJoined(text, kept, meetingDate));
    }

    /** What {@link #find}, {@link #contradictions} and {@link #weekdayClashes} give, from one reading of the text. */
    public record Read(List<DateMention> dates, List<DateMention> contradictions, List<WeekdayClash> clashes) {
    }

    /** All three at once, for a caller that needs more than one of them: the rules run over the text once. */
    public static Read read(String text, LocalDate meetingDate) {
        List<Reading> r = readings(text, meetingDate);
        return new Read(found(text, r, meetingDate), contradictions(r), clashes(r));
    }

    /**
     * Words that say a day but contradict themselves ("Friday the 14th" where no 14th soon is a Friday, "Wednesday,
     * November 26" where the 26th is a Thursday): no date is given for them, but they are still the words of a
     * deadline (a task written from the sentence leaves them out).
     */
    public static List<DateMention> contradictions(String text, LocalDate meetingDate) {
        return contradictions(readings(text, meetingDate));
    }

    private static List<DateMention> contradictions(List<Reading> readings) {
        return readings.stream().map(Reading::mention).filter(k -> k.date() == null && k.approximate()).toList();
    }

    /**
     * The same words as {@link #contradictions}, with the weekday written and the date the rest of the words name,
     * for a checker that must say what is wrong with them.
     */
    public static List<WeekdayClash> weekdayClashes(String text, LocalDate meetingDate) {
        return clashes(readings(text, meetingDate));
    }

    private static List<WeekdayClash> clashes(List<Reading> readings) {
        return readings.stream().filter(r -> r.clash() != null)
                .map(r -> new WeekdayClash(r.mention().start(), r.mention().end(), r.mention().surface(),
                        r.clash().weekday(), r.clash().date(), r.clash().monthNamed()))
                .toList();
    }

    /** One reading of the text, and what its words contradict in themselves, if anything. */
    private record Reading(DateMention mention, DateRules.Clash clash) {
    }

    private static List<Reading> readings(String text, LocalDate meetingDate) {
        if (text == null || text.isEmpty() || meetingDate == null) {
            return new ArrayList<>();
        }
        List<Reading> candidates = new ArrayList<>();
        for (DateRules.Rule rule : DateRules.RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                DateRules.Resolved r;
                try {
                    r = rule.resolver().resolve(m, meetingDate);
                } catch (RuntimeException invalidDate) {
                    r = null; // e.g. "February 30": not a date, not a mention
                }
                if (r != null) {
                    int start = m.start();
                    int end = m.end();
                    candidates.add(new Reading(new DateMention(start, end, text.substring(start, end), r.date(),
                            r.approximate()), r.clash()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Reading r) -> r.mention().end() - r.mention().start()).reversed()
                .thenComparingInt(r -> r.mention().start()));
        List<Reading> kept = new ArrayList<>();
        for (Reading c : candidates) {
            boolean overlaps = kept.stream().anyMatch(k -> c.mention().start() < k.mention().end()
                    && k.mention().start() < c.mention().end());
            if (!overlaps) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(r -> r.mention().start()));
        return kept;
    }

    /** "end of day", "EOD", "close of business": said alone they are the meeting day, next to a named day they are that day's. */
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:by|on|at|before|until)\\s+)?(?:the\\s+)?(?:eod|cob|eob|end of (?:the )?day|close of business|end of business)$");
    private static final java.util.regex.Pattern JOINER = java.util.regex.Pattern.compile("(?i)^[\\s,]*(?:(?:at|by|on)\\s+)?$");

    /** "Friday EOD", "end of day tomorrow": one mention, the named day's date. */
    private static List<DateMention> timeOfDayJoined(String text, List<DateMention> mentions, LocalDate meeting) {
        List<DateMention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            DateMention a = out.get(k);
            DateMention b = out.get(k + 1);
            if (!JOINER.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            boolean aClock = TIME_OF_DAY.matcher(a.surface()).matches() && a.date().equals(meeting);
            boolean bClock = TIME_OF_DAY.matcher(b.surface()).matches() && b.date().equals(meeting);
            if (aClock == bClock) {
                continue;
            }
            DateMention day = aClock ? b : a;
            out.set(k, new DateMention(a.start(), b.end(), text.substring(a.start(), b.end()), day.date(), day.approximate()));
            out.remove(k + 1);
        }
        return out;
    }

    /** The last mention in the text (a later date corrects an earlier one: "Friday, no wait, Monday"). */
    public static java.util.Optional<DateMention> last(String text, LocalDate meetingDate) {
        List<DateMention> all = find(text, meetingDate);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }
}
