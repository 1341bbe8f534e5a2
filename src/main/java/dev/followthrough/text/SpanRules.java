package dev.followthrough.text;

import dev.followthrough.text.DateRules.Resolved;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;

/** Resolvers for spans and offsets (weeks, months, quarters, years, "in N days"); conventions in {@link DateExpressions}. */
final class SpanRules {

    private SpanRules() {
    }

    /** The Friday of the week {@code weeksAhead} after the meeting's (a weekend meeting counts as the next week). */
    static LocalDate fridayOf(LocalDate meeting, int weeksAhead) {
        LocalDate monday = meeting.getDayOfWeek().getValue() >= 6
                ? meeting.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.plusWeeks(weeksAhead).plusDays(4);
    }

    static Resolved nextWeek(MatchResult m, LocalDate meeting) {
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).trim();
        LocalDate friday = fridayOf(meeting, meeting.getDayOfWeek().getValue() >= 6 ? 0 : 1);
        if (part.contains("end of") || part.contains("close of")) {
            return DateRules.exact(friday);
        }
        if (part.startsWith("early")) {
            return DateRules.approx(friday.minusDays(3));
        }
        if (part.contains("mid") || part.contains("middle")) {
            return DateRules.approx(friday.minusDays(2));
        }
        if (part.contains("beginning") || part.contains("start") || part.contains("first thing")) {
            return DateRules.approx(friday.minusDays(4));
        }
        return DateRules.approx(friday);
    }

    static Resolved month(MatchResult m, LocalDate meeting) {
        if (m.group(3) != null) {
            return DateRules.exact(YearMonth.from(meeting).atEndOfMonth());
        }
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).trim();
        String which = m.group(2).toLowerCase(Locale.ROOT);
        YearMonth ym = YearMonth.from(meeting).plusMonths(which.contains("next") || which.contains("following") ? 1 : 0);
        if (part.contains("end of") || part.contains("close of")) {
            return DateRules.exact(ym.atEndOfMonth());
        }
        if (which.equals("the") && part.isEmpty()) {
            return null; // "the month" alone names no date
        }
        if (part.startsWith("early")) {
            return DateRules.approx(ym.atDay(10));
        }
        if (part.contains("mid") || part.contains("middle")) {
            return DateRules.approx(ym.atDay(15));
        }
        if (part.contains("beginning") || part.contains("start")) {
            return DateRules.approx(ym.atDay(1));
        }
        return DateRules.approx(ym.atEndOfMonth());
    }

    static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    static Resolved namedQuarter(MatchResult m, LocalDate meeting) {
        int q = m.group(2) != null ? Integer.parseInt(m.group(2)) : switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        LocalDate end;
        if (m.group(4) != null) {
            end = quarterEnd(Integer.parseInt(m.group(4)), q);
        } else {
            end = quarterEnd(meeting.getYear(), q);
            if (end.isBefore(meeting)) {
                end = quarterEnd(meeting.getYear() + 1, q);
            }
        }
        return new Resolved(end, m.group(1) == null);
    }

    static Resolved quarter(MatchResult m, LocalDate meeting) {
        int q = meeting.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate thisEnd = quarterEnd(meeting.getYear(), q);
        if (m.group(4) != null) {
            return DateRules.exact(thisEnd);
        }
        boolean endOf = m.group(1) != null;
        String which = (endOf ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        LocalDate end = which.contains("next") || which.contains("following")
                ? thisEnd.plusDays(1).plusMonths(3).minusDays(1) : thisEnd;
        return new Resolved(end, !endOf);
    }

    static Resolved year(MatchResult m, LocalDate meeting) {
        if (m.group(4) != null) {
            return DateRules.exact(LocalDate.of(meeting.getYear(), 12, 31));
        }
        boolean endOf = m.group(1) != null;
        String which = (endOf ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        int y = meeting.getYear() + (which.contains("next") || which.contains("following") ? 1 : 0);
        return new Resolved(LocalDate.of(y, 12, 31), !endOf);
    }

    static Resolved offset(MatchResult m, LocalDate meeting) {
        boolean first = m.group(1) != null;
        String count = (first ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT).trim();
        boolean business = (first ? m.group(2) : m.group(5)) != null;
        String unit = (first ? m.group(3) : m.group(6)).toLowerCase(Locale.ROOT);
        boolean vague = count.contains("couple") || count.contains("few");
        Long parsed = NumberWords.count(count);
        if (parsed == null) {
            return null;
        }
        long n = parsed;
        return switch (unit) {
            case "day" -> new Resolved(business ? addBusinessDays(meeting, n) : meeting.plusDays(n), vague);
            case "week" -> new Resolved(meeting.plusWeeks(n), vague);
            default -> DateRules.approx(meeting.plusMonths(n));
        };
    }

    static LocalDate addBusinessDays(LocalDate from, long n) {
        LocalDate d = from;
        long added = 0;
        while (added < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                added++;
            }
        }
        return d;
    }
}
