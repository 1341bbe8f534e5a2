package dev.followthrough.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The patterns behind {@link DateExpressions}; the conventions are documented there. */
final class DateRules {

    /**
     * What a reading resolved to. {@code clash} is set only for words whose weekday is not their date's ("Friday the
     * 14th" with no Friday 14th soon, "Wednesday, November 26" when the 26th is a Thursday): they give no date, but a
     * checker still needs to say which weekday was written and which date the other words name.
     */
    record Resolved(LocalDate date, boolean approximate, Clash clash) {
        Resolved(LocalDate date, boolean approximate) {
            this(date, approximate, null);
        }
    }

    /**
     * The two halves of words that contradict themselves: the weekday written, and the date the day (and month) words
     * name; {@code monthNamed} is false for a bare day ("the 14th"), whose date is then the nearest such day, a guess.
     */
    record Clash(DayOfWeek weekday, LocalDate date, boolean monthNamed) {
    }

    interface Resolver {
        Resolved resolve(MatchResult m, LocalDate meeting);
    }

    record Rule(Pattern pattern, Resolver resolver) {
    }

    /** Deadline words that belong to the mention ("by Friday"). */
    private static final String P = "(?:\\b(?:no later than|due by|due on|due|by|on|before|until|till|through|in|at|for)\\s+)?";
    private static final String END_OF = "(?:the\\s+)?(?:very\\s+)?(?:end|close)\\s+of\\s+";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues?|wed|thu(?:rs?)?|fri)\\.?";
    /**
     * A weekday right before a day of the month: here the capitalised "Sat" and "Sun" of a written date ("Sat 14 Nov")
     * are weekdays too, which on their own they are not ("we sat down").
     */
    private static final String WEEKDAY_WITH_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues?|wed|thu(?:rs?)?|fri|(?-i:Sat|Sun))\\.?";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|twenty[- ]first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth"
            + "|twenty[- ]sixth|twenty[- ]seventh|twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?|(" + ORDINAL_WORDS + ")";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final String COUNT = "(\\d+|" + NumberWords.REGEX + "|an?|a couple of|a couple|couple of|a few|few)";
    /** "the second time", "the third week": an ordinal counting a noun, not a day of the month. */
    private static final String NOT_A_COUNTED_NOUN = "(?!\\s+(?:time|times|week|weeks|month|months|quarter|half|round|phase"
            + "|step|stage|option|one|ones|person|people|page|item|point|thing|place|year|day|days|version|draft|call|meeting"
            + "|session|batch|wave|part|line|floor|shift|slot|row|column|plant|site|team|group|tier|level)\\b)";
    private static final String QUARTER_WORD = "(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter";

    static final List<Rule> RULES = List.of(
            // "Tuesday the seventeenth", "next Wednesday, the 18th": the day of the month says which Tuesday
            rule(P + "\\b(?:(this coming|the coming|this|next|coming|following)\\s+)?" + WEEKDAY_WITH_DAY + ",?\\s+(?:the\\s+)?"
                    + "(?:(\\d{1,2})(?:st|nd|rd|th)|(" + ORDINAL_WORDS + "))\\b(?!\\s+of\\b)" + NOT_A_COUNTED_NOUN,
                    (m, d) -> weekdayAndDay(weekdayOf(m.group(2)), dayOf(m.group(3), m.group(4)), d)),
            // "Tuesday, April 7", "Monday November 30th": the explicit date, if it is that weekday
            rule(P + "\\b" + WEEKDAY_WITH_DAY + ",?\\s+" + MONTH + "\\s+(?:the\\s+)?(?:" + DAY + ")\\b" + YEAR,
                    (m, d) -> verbMay(m, m.group(2)) ? null : weekdayAndDate(m.group(1),
                            monthDay(m.group(2), dayOf(m.group(3), m.group(4)), m.group(5), d))),
            // "Thursday 3 December", "Friday the 7th of December": the same, day first
            rule(P + "\\b" + WEEKDAY_WITH_DAY + ",?\\s+(?:the\\s+)?(?:" + DAY + ")\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b",
                    (m, d) -> verbMay(m, m.group(4)) ? null : weekdayAndDate(m.group(1),
                            monthDay(m.group(4), dayOf(m.group(2), m.group(3)), m.group(5), d))),
            // "a week from Monday", "two weeks from tomorrow": counted from that day, not from the meeting
            rule(P + "\\b" + COUNT + "\\s+(day|week)s?\\s+from\\s+(?:(tomorrow)|(?:this\\s+|next\\s+)?" + WEEKDAY + ")\\b",
                    DateRules::fromDay),
            // "every Friday", "each month", "Fridays": a routine, which names no deadline
            rule("\\b(?:every|each)\\s+(?:other\\s+)?(?:" + WEEKDAY + "|day|week|month|quarter|year|morning|evening|time)\\b"
                    + "|\\b(?:on\\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\b",
                    (m, d) -> blocked()),
            // "within ten business days of receiving it": counted from an event, not from the meeting
            rule("\\b(?:in|within|inside of|in the next|within the next)\\s+" + COUNT
                    + "\\s+(?:business\\s+|working\\s+)?(?:day|week|month)s?\\s+(?:of|after|from)\\s+(?!now\\b|today\\b)\\w+",
                    (m, d) -> blocked()),
            // "right after this call": today
            rule(P + "\\b(?:right\\s+|straight\\s+|immediately\\s+|just\\s+)?after\\s+(?:this|the|our)\\s+call\\b"
                    + "|\\b(?:right\\s+|straight\\s+|immediately\\s+|just\\s+)?after\\s+this\\s+meeting\\b", (m, d) -> exact(d)),
            // "end of month", "end of quarter", "end of year" without an article
            rule(P + "\\b(?:the\\s+)?(?:end|close)\\s+of\\s+(month|quarter|year)\\b", DateRules::bareEndOf),
            rule(P + "(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, d) -> exact(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))),
            rule(P + "(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])(?!\\s+of\\b)", DateRules::numeric),
            rule(P + "(?:the\\s+)?(?:" + DAY + ")\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b",
                    (m, d) -> verbMay(m, m.group(3)) ? null : monthDay(m.group(3), dayOf(m.group(1), m.group(2)), m.group(4), d)),
            rule(P + "\\b" + MONTH + "\\s+(?:the\\s+)?(?:" + DAY + ")\\b" + YEAR,
                    (m, d) -> verbMay(m, m.group(1)) ? null : monthDay(m.group(1), dayOf(m.group(2), m.group(3)), m.group(4), d)),
            rule("(?:\\b(?:by|in|until|before|for|during)\\s+|" + END_OF + "|\\b(early|mid|late)[- ]\\s*)"
                    + MONTH + "(?:\\s+(\\d{4}))?\\b(?!\\s*(?:\\d|the\\s+\\d))", DateRules::wholeMonth),
            rule(P + "(?:on\\s+)?\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b", DateRules::dayOfMonth),
            rule("\\b(?:on|by|for|before|until|till)\\s+the\\s+(" + ORDINAL_WORDS + ")\\b(?!\\s+(?!of\\b|at\\b|and\\b|or\\b|in\\b)[a-z])",
                    (m, d) -> dayOfMonth(String.valueOf(dayOf(null, m.group(1))), d)),
            // "by the twelfth whether...": after a deadline word only a counted noun ("the second time") rules it out
            rule("\\b(?:by|before|until|till)\\s+the\\s+(" + ORDINAL_WORDS + ")\\b(?!\\s+of\\b)" + NOT_A_COUNTED_NOUN,
                    (m, d) -> dayOfMonth(String.valueOf(dayOf(null, m.group(1))), d)),
            rule(P + "\\b(?:(this coming|the coming|this|next|coming|following|last|past|previous)\\s+)?"
                    + WEEKDAY + "(?:\\s+(?:of\\s+)?(next|this|last)\\s+week)?\\b", DateRules::weekday),
            rule(P + "\\b(today|tonight|later today|this (?:morning|afternoon|evening)|end of (?:the )?day|eod"
                    + "|the end of (?:the )?day|cob|eob|close of business|end of business)\\b(?!['’]s\\b)", (m, d) -> exact(d)),
            rule(P + "\\b(?:the\\s+)?day after tomorrow\\b", (m, d) -> exact(d.plusDays(2))),
            rule(P + "\\btomorrow(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!['’]s\\b)", (m, d) -> exact(d.plusDays(1))),
            rule("\\byesterday\\b", (m, d) -> exact(d.minusDays(1))),
            rule(P + "\\b(?:" + END_OF + "(?:the\\s+|this\\s+)?week|end of week|eow)\\b",
                    (m, d) -> exact(SpanRules.fridayOf(d, 0))),
            rule(P + "\\b(?:later\\s+)?this\\s+week\\b(?!['’]s\\b)", (m, d) -> approx(SpanRules.fridayOf(d, 0))),
            rule(P + "\\b(" + END_OF + "|(?:early|late|later|mid|middle of|beginning of|start of|the start of"
                    + "|the beginning of|the middle of|first thing)[- ]?\\s*)?(next|the following)\\s+week\\b(?!['’]s\\b)",
                    SpanRules::nextWeek),
            rule(P + "\\bthe\\s+week\\s+after\\s+next\\b", (m, d) -> approx(SpanRules.fridayOf(d, 2))),
            rule(P + "\\b(this|next|over the|the)\\s+weekend\\b", (m, d) -> approx(
                    d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(
                            m.group(1).equalsIgnoreCase("next") ? 1 : 0))),
            rule(P + "\\b(" + END_OF + "|(?:early|late|mid|middle of|the middle of|beginning of|the beginning of"
                    + "|start of|the start of)[- ]?\\s*)?(this|the|next|the following)\\s+month\\b|\\b(eom|month[- ]end)\\b",
                    SpanRules::month),
            rule(P + "\\b(" + END_OF + ")?(?:q([1-4])|(?:the\\s+)?" + QUARTER_WORD + ")(?:\\s+(?:of\\s+)?(\\d{4}))?\\b",
                    SpanRules::namedQuarter),
            rule(P + "\\b(?:(" + END_OF + ")(this|the|next|the following)\\s+quarter|(this|next|the following)\\s+quarter"
                    + "|(eoq|quarter[- ]end))\\b", SpanRules::quarter),
            rule(P + "\\b(?:(" + END_OF + ")(this|the|next|the following)\\s+year|(this|next)\\s+year|(eoy|year[- ]end))\\b",
                    SpanRules::year),
            rule(P + "\\b(?:(?:in|within|inside of|after|in the next|over the next|within the next)\\s+" + COUNT
                    + "\\s+(business\\s+|working\\s+)?(day|week|month)s?"
                    + "|" + COUNT + "\\s+(business\\s+|working\\s+)?(day|week|month)s?\\s+from\\s+(?:now|today))\\b",
                    SpanRules::offset));

    private static final Map<String, Integer> ORDINALS = ordinals();
    /** Not a date at all, but words that must not be read as one ("every Friday" holds no "Friday"). */
    static final Resolved BLOCKED = new Resolved(null, false);
    /** How far ahead "Monday the 14th" is looked for: the next few months that have a 14th. */
    private static final int WEEKDAY_AND_DAY_MONTHS = 3;

    private DateRules() {
    }

    private static Rule rule(String regex, Resolver resolver) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
    }

    static Resolved blocked() {
        return BLOCKED;
    }

    static Resolved exact(LocalDate d) {
        return new Resolved(d, false);
    }

    static Resolved approx(LocalDate d) {
        return new Resolved(d, true);
    }

    /**
     * Words of a day that contradict themselves ("Friday the 14th" when no 14th soon is a Friday): no date, and
     * approximate, which is how {@link DateExpressions#contradictions} tells them from {@link #BLOCKED} words.
     */
    static Resolved contradiction(DayOfWeek weekday, LocalDate named, boolean monthNamed) {
        return new Resolved(null, true, new Clash(weekday, named, monthNamed));
    }

    private static Map<String, Integer> ordinals() {
        String[] words = ORDINAL_WORDS.replace("[- ]", " ").split("\\|");
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i + 1);
        }
        return map;
    }

    private static int dayOf(String digits, String word) {
        if (digits != null) {
            return Integer.parseInt(digits);
        }
        return ORDINALS.get(word.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " "));
    }

    static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The meeting's year, unless the date would fall more than 30 days before the meeting. */
    static LocalDate inferYear(int month, int day, LocalDate meeting) {
        LocalDate candidate = LocalDate.of(meeting.getYear(), month, day);
        return candidate.isBefore(meeting.minusDays(30)) ? candidate.plusYears(1) : candidate;
    }

    /** "5 may not be enough": a lower-case "may" next to a plain number is the verb, not the month. */
    private static boolean verbMay(MatchResult m, String month) {
        return month.equals("may") && !m.group().matches("(?is).*\\d(?:st|nd|rd|th)\\b.*");
    }

    private static Resolved monthDay(String month, int day, String year, LocalDate meeting) {
        int mo = monthNumber(month);
        if (year != null) {
            return exact(LocalDate.of(Integer.parseInt(year), mo, day));
        }
        return exact(inferYear(mo, day, meeting));
    }

    private static Resolved numeric(MatchResult m, LocalDate meeting) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if ((a == 24 && b == 7) || (a == 50 && b == 50)) {
            return null;
        }
        int month = a;
        int day = b;
        if (a > 12 && b <= 12) {
            month = b;
            day = a;
        }
        if (m.group(3) != null) {
            int y = Integer.parseInt(m.group(3));
            return exact(LocalDate.of(y < 100 ? 2000 + y : y, month, day));
        }
        return exact(inferYear(month, day, meeting));
    }

    private static Resolved wholeMonth(MatchResult m, LocalDate meeting) {
        int mo = monthNumber(m.group(2));
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String surface = m.group().toLowerCase(Locale.ROOT);
        // "may" after "by/in/for" is too often the verb ("in May we..." is fine, "for may" is rare): keep only capitalised
        if (mo == 5 && !m.group(2).startsWith("M")) {
            return null;
        }
        YearMonth ym = m.group(3) != null ? YearMonth.of(Integer.parseInt(m.group(3)), mo)
                : YearMonth.from(inferYear(mo, 1, meeting).withDayOfMonth(1));
        if (m.group(3) == null && ym.atEndOfMonth().isBefore(meeting)) {
            ym = ym.plusYears(1);
        }
        if (part.equals("early")) {
            return approx(ym.atDay(10));
        }
        if (part.equals("mid")) {
            return approx(ym.atDay(15));
        }
        boolean endOf = surface.contains("end of") || surface.contains("close of");
        return new Resolved(ym.atEndOfMonth(), !endOf);
    }

    private static Resolved dayOfMonth(MatchResult m, LocalDate meeting) {
        return dayOfMonth(m.group(1), meeting);
    }

    private static Resolved dayOfMonth(String digits, LocalDate meeting) {
        int day = Integer.parseInt(digits);
        if (day < 1 || day > 31) {
            return null;
        }
        YearMonth ym = YearMonth.from(meeting);
        if (day < meeting.getDayOfMonth() || day > ym.lengthOfMonth()) {
            ym = ym.plusMonths(1);
        }
        return day > ym.lengthOfMonth() ? null : exact(ym.atDay(day));
    }

    /**
     * The first of the next few dates with that day of the month that falls on that weekday; none is a contradiction
     * ("Friday the 14th" in a month whose 14th is a Saturday), which gives no date rather than a guess.
     */
    private static Resolved weekdayAndDay(DayOfWeek dow, int day, LocalDate meeting) {
        if (day < 1 || day > 31) {
            return null;
        }
        YearMonth ym = YearMonth.from(meeting);
        for (int k = 0; k <= WEEKDAY_AND_DAY_MONTHS; k++, ym = ym.plusMonths(1)) {
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = ym.atDay(day);
            if (!candidate.isBefore(meeting) && candidate.getDayOfWeek() == dow) {
                return exact(candidate);
            }
        }
        // "last Saturday, the 14th": a recap can name a day of the last two weeks
        for (int back = 1; back <= 14; back++) {
            LocalDate candidate = meeting.minusDays(back);
            if (candidate.getDayOfMonth() == day && candidate.getDayOfWeek() == dow) {
                return exact(candidate);
            }
        }
        return contradiction(dow, nearestDay(day, meeting), false);
    }

    /**
     * The date a bare "the 14th" is taken to name when its weekday rules every reading out, for saying what is wrong:
     * the first 14th from a week before the meeting on, so a recap's "Friday, the 7th" said on the 10th is the 7th
     * just past, not next month's.
     */
    private static LocalDate nearestDay(int day, LocalDate meeting) {
        LocalDate from = meeting.minusDays(7);
        YearMonth ym = YearMonth.from(from);
        for (int k = 0; k < 3; k++, ym = ym.plusMonths(1)) {
            if (day <= ym.lengthOfMonth() && !ym.atDay(day).isBefore(from)) {
                return ym.atDay(day);
            }
        }
        return null; // not reached for a day from 1 to 31: two months in a row always hold one
    }

    /**
     * "Wednesday, November 26": the date the month and day name, when it is that weekday; when it is not, the words
     * contradict themselves like "Friday the 14th", and which half is wrong is not for a reader to guess.
     */
    private static Resolved weekdayAndDate(String weekday, Resolved date) {
        DayOfWeek dow = weekdayOf(weekday);
        return date.date().getDayOfWeek() == dow ? date : contradiction(dow, date.date(), true);
    }

    private static Resolved fromDay(MatchResult m, LocalDate meeting) {
        String count = m.group(1).toLowerCase(Locale.ROOT).trim();
        Long parsed = NumberWords.count(count);
        if (parsed == null) {
            return null;
        }
        long n = parsed;
        LocalDate from;
        if (m.group(3) != null) {
            from = meeting.plusDays(1);
        } else {
            boolean next = m.group().toLowerCase(Locale.ROOT).contains("next " + m.group(4).toLowerCase(Locale.ROOT));
            DayOfWeek dow = weekdayOf(m.group(4));
            LocalDate monday = meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            from = next ? monday.plusWeeks(1).with(TemporalAdjusters.nextOrSame(dow)) : meeting.with(TemporalAdjusters.next(dow));
        }
        boolean vague = count.contains("couple") || count.contains("few");
        LocalDate date = m.group(2).equalsIgnoreCase("week") ? from.plusWeeks(n) : from.plusDays(n);
        return new Resolved(date, vague);
    }

    private static Resolved bareEndOf(MatchResult m, LocalDate meeting) {
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "month" -> exact(YearMonth.from(meeting).atEndOfMonth());
            case "quarter" -> exact(SpanRules.quarterEnd(meeting.getYear(),
                    meeting.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR)));
            default -> exact(LocalDate.of(meeting.getYear(), 12, 31));
        };
    }

    static DayOfWeek weekdayOf(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
                return d;
            }
        }
        throw new IllegalArgumentException(s);
    }

    private static Resolved weekday(MatchResult m, LocalDate meeting) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        DayOfWeek dow = weekdayOf(m.group(2));
        String week = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        LocalDate monday = meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (week.equals("next") || modifier.equals("next") || modifier.equals("following")) {
            return exact(monday.plusWeeks(1).with(TemporalAdjusters.nextOrSame(dow)));
        }
        if (week.equals("last")) {
            return exact(monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(dow)));
        }
        if (week.equals("this")) {
            return exact(monday.with(TemporalAdjusters.nextOrSame(dow)));
        }
        if (modifier.equals("last") || modifier.equals("past") || modifier.equals("previous")) {
            return exact(meeting.with(TemporalAdjusters.previous(dow)));
        }
        if (modifier.equals("this")) {
            return exact(meeting.with(TemporalAdjusters.nextOrSame(dow)));
        }
        return exact(meeting.with(TemporalAdjusters.next(dow)));
    }

}
