package dev.followthrough.verification.offline;

import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.DateMention;
import dev.followthrough.text.Quantities;
import dev.followthrough.text.QuantityMention;
import dev.followthrough.text.WeekdayClash;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times and quantities of a text, tidied for comparison between a call and a draft. */
final class Mentions {

    record Located<T>(Utterance utterance, T mention) {
    }

    private static final Pattern WEEKDAY_ONLY = Pattern.compile(
            "(?i)^(?:by |on |this |next |until |before )?(?:(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|"
                    + "thur|thurs|fri|sat|sun)\\.?$");
    /** "fourteen, no, sixteen", "twenty two jobs no sorry twenty six", "Sixty two. Sorry, no, 58": a figure taken back. */
    private static final Pattern RETRACTION = Pattern.compile("(?i)^(?:\\s*[\\p{L}-]+){0,2}?\\s*[.,—–-]*\\s*(?:(?:no|i mean|make that|"
            + "rather|correction|or rather|" + Polarity.REPAIR + ")\\s*[.,—–-]*\\s*){1,3}"
            + "(?:it['’]s\\s+|more like\\s+)?$");

    /** "tonight, after 10," or "at 9." : an hour of the day said without a.m./p.m. */
    private static final Pattern CLOCK_WORD = Pattern.compile("(?i)\\b(?:after|before|until|till|around|at|from)\\s+"
            + "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s*(?:[,;:)!?]|\\.(?:\\s|$)|$|tonight|tomorrow|today|sharp|o['’]clock|in the (?:morning|evening|afternoon)))");
    /** "the 4.2 update", "version 3", "v2.1": a software version, not a figure. */
    private static final Pattern VERSION = Pattern.compile("(?i)\\b(?:v|version\\s*|release\\s*|firmware\\s*)\\d+(?:\\.\\d+)*\\b"
            + "|\\b\\d+\\.\\d+\\.\\d+\\b|\\b\\d+\\.\\d+(?=\\s+(?:update|release|version|firmware|patch|build|upgrade)\\b)"
            + "|(?<=\\b(?:back to|to version|from version|on version|upgrade to|update to|rolled back to|roll back to)\\s)\\d+\\.\\d+\\b"
            + "|(?<=\\bversion\\s\\()\\d+\\.\\d+(?:\\.\\d+)*");

    /** "between January 11 and 15": the second day of a date range, not a figure. */
    private static final Pattern RANGE_END_DAY = Pattern.compile("(?i)(?<=\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
            + "dec)[a-z]{0,6}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\s(?:and|to|through|until|-|–)\\s)\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|(?<=\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s\\d{1,2}[-–])\\d{1,2}\\b");

    /** "the 28th, that's a Friday", "March 3 (a Tuesday)": what comes between a date and its own weekday. */
    private static final Pattern WEEKDAY_LABEL = Pattern.compile(
            "(?i)[\\s,(—–-]*(?:(?:that|which|it)\\s*(?:['’]s|is|was|will be|would be)\\s+)?(?:a\\s+)?");
    /** "Thu 12th", "Tuesday the 1st": a weekday that names its day of the month, with no month. */
    private static final Pattern WEEKDAY_ORDINAL = Pattern.compile("(?i)^\\s*\\.?,?\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?i)^(?:by |on |until |before )?the (\\d{1,2})(?:st|nd|rd|th)$");
    private static final String ZONE_WORDS = "eastern|pacific|central|mountain|et|pt|ct|mt|est|pst|cst|mst|edt|pdt|cdt|"
            + "mdt|gmt|bst|cet|cest|utc";
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\b(\\d{1,2}):(\\d{2})\\b|"
                    + "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[\\s-]+(thirty|fifteen|"
                    + "forty-five))?\\s*(a\\.?m\\.?|p\\.?m\\.?|o['’]clock)(?![a-z])|\\b(noon|midday)\\b|"
                    + "\\bat\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+(thirty|fifteen|forty-five)\\b|"
                    + "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-]+(thirty|fifteen|forty-five)"
                    + "(?=\\s+(?:works|is|would|then|sharp|eastern|pacific|central|et|pt|ct)\\b)|"
                    + "\\bat\\s+(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![.,]\\d|\\d|\\s*%)"
                    + "(?=\\s+(?:your|our|my|their|local|sharp|" + ZONE_WORDS + ")\\b|\\s+\\p{L}+\\s+time\\b"
                    + "|\\s+(?:and|then|tomorrow|on|next|works|suits|is fine|would work|should work|in the (?:morning|afternoon|evening))\\b"
                    + "|\\s*[,.?!;]|\\s*$)|"
                    // "eleven Pacific on Monday", "10 Eastern works": an hour with its zone is a time even without "at"
                    + "\\b(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:" + ZONE_WORDS
                    + ")\\b(?=\\s*(?:time\\b|[,.;!?)]|$)|\\s+(?:on|this|next|tomorrow|today|works|suits|is|would|then|and|sharp|"
                    + "please|if|for|with|or|that)\\b)");
    private static final List<String> HOURS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|https?://\\S+|www\\.\\S+|\\+?\\d[\\d\\s().-]{7,}\\d");

    private Mentions() {
    }

    /**
     * Dates with two repairs: a weekday written next to its full date ("Thursday, December 3") is a label, not a
     * second relative date; and a bare day ("the 15th") right after a month-bearing date belongs to that month.
     * A weekday with a month and day it is not ("Wednesday, November 26", a Thursday) still names that date here: the
     * date is compared with the other side like any other, and the clash itself is DateCheck's to flag.
     */
    static List<DateMention> dates(String original, LocalDate meetingDate) {
        if (meetingDate == null || original == null) {
            return List.of();
        }
        String text = SpokenNumbers.normalise(original);
        DateExpressions.Read read = DateExpressions.read(text, meetingDate);
        List<DateMention> raw = new ArrayList<>(read.dates());
        read.clashes().stream().filter(WeekdayClash::monthNamed)
                .forEach(c -> raw.add(new DateMention(c.start(), c.end(), c.surface(), c.date(), false)));
        raw.sort(java.util.Comparator.comparingInt(DateMention::start));
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            DateMention m = raw.get(i);
            DateMention next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            DateMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            String surface = m.surface().strip();
            if (next != null && WEEKDAY_ONLY.matcher(surface).matches() && next.start() - m.end() <= 6
                    && !WEEKDAY_ONLY.matcher(next.surface().strip()).matches()) {
                continue;
            }
            if (WEEKDAY_ONLY.matcher(surface).matches() && m.date() != null && prev != null && prev.date() != null
                    && m.start() >= prev.end() && WEEKDAY_LABEL.matcher(text.substring(prev.end(), m.start())).matches()
                    && surface.matches("(?i)[a-z]+\\.?") && prev.date().getDayOfWeek() == m.date().getDayOfWeek()) {
                continue; // "by the twenty eighth, that's a Friday": the weekday of the date just said, not another day
            }
            if (WEEKDAY_ONLY.matcher(surface).matches() && m.date() != null) {
                Matcher ord = WEEKDAY_ORDINAL.matcher(text.substring(Math.min(m.end(), text.length())));
                if (ord.find() && (next == null || next.start() > m.end() + ord.end())) {
                    LocalDate named = dayMatching(m.date().getDayOfWeek(), Integer.parseInt(ord.group(1)), meetingDate);
                    if (named != null) {
                        out.add(new DateMention(m.start(), m.end() + ord.end(), text.substring(m.start(), m.end() + ord.end()),
                                named, false));
                        continue;
                    }
                }
            }
            Matcher day = DAY_ONLY.matcher(surface);
            if (day.matches() && prev != null && m.start() - prev.end() <= 6 && prev.date() != null) {
                int d = Integer.parseInt(day.group(1));
                if (d <= prev.date().lengthOfMonth()) {
                    // "in October, and on the 14th": the day's year follows the rule for "October 14", not the month's
                    LocalDate onDay = prev.approximate() ? DateExpressions.inMeetingYear(prev.date().getMonth(), d, meetingDate)
                            : prev.date().withDayOfMonth(d);
                    if (onDay != null) {
                        out.add(new DateMention(m.start(), m.end(), m.surface(), onDay, false));
                        continue;
                    }
                }
            }
            if (day.matches()) {
                LocalDate inMonth = inNamedMonth(text.substring(0, m.start()), Integer.parseInt(day.group(1)), meetingDate);
                if (inMonth != null) {
                    out.add(new DateMention(m.start(), m.end(), m.surface(), inMonth, false));
                    continue;
                }
            }
            if (m.date() != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static final Pattern MONTH_NAME = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b(?!\\s+\\d)");

    /**
     * "October was rough: two crashes, and a lost morning on the 14th": a bare day after a month named on its own in
     * the same text is a day of that month, its year inferred as for "October 14" (DateRules), so both read alike.
     */
    private static LocalDate inNamedMonth(String before, int day, LocalDate meeting) {
        Matcher mm = MONTH_NAME.matcher(before);
        String last = null;
        while (mm.find()) {
            last = mm.group(1);
        }
        if (last == null) {
            return null;
        }
        return DateExpressions.inMeetingYear(java.time.Month.valueOf(last.toUpperCase(Locale.ROOT)), day, meeting);
    }


    /** The date nearest the meeting (from a week before it) with this weekday and day of month, or {@code null}. */
    private static LocalDate dayMatching(java.time.DayOfWeek weekday, int day, LocalDate meeting) {
        for (int k = 0; k <= 12; k++) {
            java.time.YearMonth ym = java.time.YearMonth.from(meeting.minusDays(7)).plusMonths(k);
            if (day <= ym.lengthOfMonth()) {
                LocalDate d = ym.atDay(day);
                if (!d.isBefore(meeting.minusDays(7)) && d.getDayOfWeek() == weekday) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Times of day as minutes after midnight. */
    private static final Pattern HALF_PAST = Pattern.compile("(?i)\\bhalf\\s+(?:past\\s+)?(one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve)\\b");

    static List<Integer> times(String original) {
        List<Integer> out = new ArrayList<>();
        // "half three" (British for 3:30)
        String text = HALF_PAST.matcher(original).replaceAll(r -> (HOURS.indexOf(r.group(1).toLowerCase(Locale.ROOT)) + 1) + ":30");
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(toMinutes(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3)));
            } else if (m.group(4) != null) {
                // "3:30" with no a.m./p.m. is read like "half three": business hours, so the afternoon
                int h = Integer.parseInt(m.group(4));
                int min = Integer.parseInt(m.group(5));
                out.add(h >= 12 || h == 0 ? h * 60 + min : toMinutes(h, min, null)); // "22:00" and "12:30" say it all
            } else if (m.group(6) != null) {
                int h = HOURS.indexOf(m.group(6).toLowerCase(Locale.ROOT)) + 1;
                String q = m.group(7);
                int min = q == null ? 0 : q.equalsIgnoreCase("thirty") ? 30 : q.equalsIgnoreCase("fifteen") ? 15 : 45;
                out.add(toMinutes(h, min, m.group(8)));
            } else if (m.group(9) != null) {
                out.add(12 * 60);
            } else if (m.group(14) != null || m.group(15) != null) {
                String h = (m.group(14) != null ? m.group(14) : m.group(15)).toLowerCase(Locale.ROOT);
                out.add(toMinutes(h.matches("\\d+") ? Integer.parseInt(h) : HOURS.indexOf(h) + 1, 0, null));
            } else {
                String h = m.group(10) != null ? m.group(10) : m.group(12);
                String q = m.group(10) != null ? m.group(11) : m.group(13);
                int min = q.equalsIgnoreCase("thirty") ? 30 : q.equalsIgnoreCase("fifteen") ? 15 : 45;
                out.add(toMinutes(HOURS.indexOf(h.toLowerCase(Locale.ROOT)) + 1, min, null));
            }
        }
        return out;
    }

    private static int toMinutes(int h, int min, String ampm) {
        String a = ampm == null ? "" : ampm.toLowerCase(Locale.ROOT);
        int hour = h % 12;
        if (a.startsWith("p")) {
            hour += 12;
        } else if (!a.startsWith("a") && h >= 1 && h <= 6) {
            hour += 12; // "at three o'clock" in business talk is the afternoon
        }
        return hour * 60 + min;
    }

    static String time(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        String ampm = h >= 12 ? "p.m." : "a.m.";
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return m == 0 ? h12 + " " + ampm : String.format("%d:%02d %s", h12, m, ampm);
    }

    /** Quantities that are not part of a date, a time of day or a phone number. */
    static List<QuantityMention> quantities(String original, LocalDate meetingDate) {
        String text = SpokenNumbers.normalise(original);
        List<QuantityMention> raw = Quantities.find(text);
        List<int[]> excluded = new ArrayList<>();
        LocalDate day = meetingDate == null ? LocalDate.now() : meetingDate;
        // a weekday with the wrong date is still the words of a date: its "14" is no figure
        DateExpressions.Read read = DateExpressions.read(text, day);
        List<DateMention> dates = new ArrayList<>(read.dates());
        dates.addAll(read.contradictions());
        for (DateMention d : dates) {
            excluded.add(new int[] {d.start(), d.end()});
        }
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            excluded.add(new int[] {t.start(), t.end()});
        }
        Matcher c = CONTACT.matcher(text);
        while (c.find()) {
            excluded.add(new int[] {c.start(), c.end()});
        }
        for (Pattern p : List.of(CLOCK_WORD, VERSION, RANGE_END_DAY)) {
            Matcher v = p.matcher(text);
            while (v.find()) {
                excluded.add(new int[] {v.start(), v.end()});
            }
        }
        List<QuantityMention> out = new ArrayList<>();
        for (QuantityMention q : raw) {
            boolean inside = excluded.stream().anyMatch(r -> q.start() < r[1] && q.end() > r[0]);
            boolean quarter = q.start() > 0 && "qQhH".indexOf(text.charAt(q.start() - 1)) >= 0;
            if (!inside && !quarter && q.value() != null) {
                out.add(cents(withCurrency(text, q)));
            }
        }
        // "fourteen, no, sixteen trucks": the speaker took the first figure back
        List<QuantityMention> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            QuantityMention q = out.get(i);
            QuantityMention next = i + 1 < out.size() ? out.get(i + 1) : null;
            if (next != null && next.start() >= q.end() && next.start() - q.end() <= 30
                    && RETRACTION.matcher(text.substring(q.end(), next.start())).matches()) {
                continue;
            }
            kept.add(q);
        }
        return hedged(text, kept);
    }

    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:(?:or|to|maybe|possibly|perhaps|"
            + "probably|and)\\s+|[-–]\\s*|,\\s*)(?:(?:maybe|possibly|perhaps|even)\\s+)?$");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i)(?:\\bmaybe|\\bperhaps|\\bpossibly|\\bprobably|\\bor|"
            + "\\bmore like|\\bcloser to|\\bnearer|\\bup to|\\bif not)\\s*$");

    /**
     * "twenty, maybe twenty-five thousand", "sixty thousand for the year. Maybe sixty-five", "about three hours,
     * possibly closer to four": a bare number said as an alternative to a figure takes that figure's unit and scale.
     */
    private static List<QuantityMention> hedged(String text, List<QuantityMention> qs) {
        List<QuantityMention> out = new ArrayList<>(qs);
        for (int i = 0; i < out.size(); i++) {
            QuantityMention b = out.get(i);
            if (b.unit() != null && !b.unit().isEmpty() || b.value().scale() > 0 || b.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                continue;
            }
            QuantityMention next = i + 1 < out.size() ? out.get(i + 1) : null;
            QuantityMention prev = i > 0 ? out.get(i - 1) : null;
            QuantityMention model = null;
            if (next != null && modelFor(next) && next.start() >= b.end()
                    && HEDGE_BEFORE.matcher(text.substring(b.end(), next.start())).matches()) {
                model = next;
            } else if (prev != null && modelFor(prev) && b.start() >= prev.end()
                    && b.start() - prev.end() <= 60 && HEDGE_AFTER.matcher(text.substring(prev.end(), b.start())).find()) {
                model = prev;
            }
            if (model == null) {
                continue;
            }
            BigDecimal scaled = scaleLike(b.value(), model.value());
            if (scaled != null) {
                out.set(i, new QuantityMention(b.start(), b.end(), b.surface(), scaled, model.unit()));
            }
        }
        return out;
    }

    private static boolean modelFor(QuantityMention q) {
        return q.unit() != null && !q.unit().isEmpty() || q.value().compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /** 25 next to 20,000 is 25,000; 4 next to three (hours) is 4; anything further apart is not an alternative. */
    private static BigDecimal scaleLike(BigDecimal bare, BigDecimal model) {
        for (BigDecimal m : List.of(BigDecimal.ONE, BigDecimal.valueOf(1000), BigDecimal.valueOf(1_000_000))) {
            BigDecimal v = bare.multiply(m);
            if (v.compareTo(model.multiply(BigDecimal.valueOf(2))) <= 0 && v.multiply(BigDecimal.valueOf(2)).compareTo(model) >= 0) {
                return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v;
            }
        }
        return null;
    }

    /** The durations said inside date expressions ("two weeks from tomorrow", "in ten days"). */
    static List<QuantityMention> durationsInDates(String original, LocalDate meetingDate) {
        String text = SpokenNumbers.normalise(original);
        List<QuantityMention> out = new ArrayList<>();
        for (DateMention d : DateExpressions.find(text, meetingDate == null ? LocalDate.now() : meetingDate)) {
            for (QuantityMention q : Quantities.find(d.surface())) {
                if (q.unit() != null && q.unit().toLowerCase(Locale.ROOT).matches("(day|week|month|year)s?")) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** "ten cents" and "$0.10" are the same amount. */
    private static QuantityMention cents(QuantityMention q) {
        String u = q.unit() == null ? "" : q.unit().toLowerCase(Locale.ROOT);
        if (u.equals("cents") || u.equals("cent")) {
            return new QuantityMention(q.start(), q.end(), q.surface(), q.value().movePointLeft(2), "USD");
        }
        return q;
    }

    /** "$1,500 setup fee": the currency sign wins over the noun that follows the number. */
    private static QuantityMention withCurrency(String text, QuantityMention q) {
        int i = q.start() - 1;
        if (i >= 0 && "$€£".indexOf(text.charAt(i)) >= 0 && !"USD".equals(q.unit())) {
            String unit = text.charAt(i) == '$' ? "USD" : text.charAt(i) == '€' ? "EUR" : "GBP";
            return new QuantityMention(i, q.end(), text.substring(i, q.end()), q.value(), unit);
        }
        return q;
    }

    static <T> List<Located<T>> inCall(CallEvidence call, String key, java.util.function.Function<String, List<T>> find) {
        return call.memo(key, () -> {
            List<Located<T>> out = new ArrayList<>();
            for (Utterance u : call.transcript().utterances()) {
                for (T m : find.apply(u.text())) {
                    out.add(new Located<>(u, m));
                }
            }
            return out;
        });
    }

    static LocalDate meetingDate(CallEvidence call) {
        return call.context() == null ? null : call.context().meetingDate();
    }
}
