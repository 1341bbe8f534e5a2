package dev.followthrough.verification.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.DateMention;
import dev.followthrough.text.WeekdayClash;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates, weekdays and times, resolved against the meeting date on both sides, so that "by Friday" on the call
 * and "by November 6" in the draft agree, and "by Friday" and "by Monday" do not. Vague dates in the draft
 * ("next week", "in January") are only checked against what the call says about the same thing.
 */
final class DateCheck implements ClaimCheck {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        LocalDate meeting = Mentions.meetingDate(call);
        List<DateMention> mine = new ArrayList<>(Mentions.dates(claim.text(), meeting));
        if (claim.fromActionItem() && claim.item().dueDate() != null && mine.isEmpty()) {
            mine.add(new DateMention(0, 0, claim.item().dueText() != null ? claim.item().dueText()
                    : claim.item().dueDate().toString(), claim.item().dueDate(), false));
        }
        List<Integer> myTimes = Mentions.times(claim.text());
        String normalised = SpokenNumbers.normalise(claim.text());
        List<WeekdayClash> clashes = DateExpressions.weekdayClashes(normalised, meeting);
        if (mine.isEmpty() && myTimes.isEmpty() && clashes.isEmpty()) {
            return List.of();
        }
        List<Mentions.Located<DateMention>> said = Mentions.inCall(call, "dates", t -> Mentions.dates(t, meeting));
        Set<Utterance> near = new HashSet<>();
        List<CallIndex.Hit> hits = call.search(claim.text(), 5);
        hits.forEach(h -> near.add(h.utterance()));
        List<Outcome> out = new ArrayList<>();
        List<Evidence> support = new ArrayList<>();
        // both sides must speak of what was done: "the hotfix goes out on Friday" is not last Friday's news
        boolean toldInThePast = inThePast(claim.text());
        for (DateMention d : mine) {
            if (d.approximate() || d.date().equals(meeting) || DURATION.matcher(d.surface()).find()) {
                continue; // "next week" in a draft is a paraphrase more often than a claim; "today" is the call itself
            }
            if (weekdaySaidNearby(d, NumberCheck.relevant(claim, call))) {
                continue; // "since Sunday" on the call and in the draft: same word, whichever Sunday it is
            }
            LocalDate past = pastWeekday(d, meeting);
            if (past != null && past.equals(meeting)) {
                continue; // "Thursday's call" written about a Thursday meeting is the call itself
            }
            Mentions.Located<DateMention> local = null;
            Mentions.Located<DateMention> anywhere = null;
            Mentions.Located<DateMention> rival = null;
            Mentions.Located<DateMention> bestRival = null;
            // "in the week of the 14th, most likely by the 18th": any day of that week
            boolean weekOf = normalised.substring(0, Math.min(d.start(), normalised.length()))
                    .matches("(?is).*\\bweek of\\s*$");
            for (Mentions.Located<DateMention> s : said) {
                boolean isNear = near.contains(s.utterance());
                long offset = ChronoUnit.DAYS.between(d.date(), s.mention().date());
                if (covers(s.mention(), d.date()) || past != null && covers(s.mention(), past)
                        || sameDayOfMonth(d, s.mention()) || weekOf && offset >= 0 && offset <= 6
                        || toldInThePast && saidOfThePast(s, d.date(), meeting)) {
                    // an exact date wins over a span that merely covers it ("this year" against "by the 27th")
                    if (isNear && (local == null || local.mention().approximate() && !s.mention().approximate())) {
                        local = s;
                    } else if (anywhere == null || anywhere.mention().approximate() && !s.mention().approximate()) {
                        anywhere = s;
                    }
                } else if (isNear && !s.mention().approximate()
                        && Math.abs(ChronoUnit.DAYS.between(s.mention().date(), d.date())) <= 62
                        && mine.stream().noneMatch(o -> o != d && covers(s.mention(), o.date()))) {
                    // a date the claim itself gives to another of its parts is not a rival of this one
                    if (rival == null) {
                        rival = s;
                    }
                    // and of several, the one said in the turn most about the claim ("by Wednesday" of the report,
                    // not "since Thursday" of the outage), to weigh against a span that merely covers the date
                    if (bestRival == null || bestRival.utterance() != s.utterance()
                            && !closer(withoutDates(claim.text(), mine), bestRival.utterance(), s.utterance(), call)) {
                        bestRival = s;
                    }
                }
            }
            // "next week" covers Friday, but "by Wednesday" was said about the same report: the exact date said
            // about the thing outweighs a span that merely covers the draft's
            // (unless the claim names that span itself: "this week (November 27)" repeats the call's "this week")
            Mentions.Located<DateMention> span = local;
            if (local != null && local.mention().approximate() && bestRival != null
                    && mine.stream().noneMatch(o -> o.approximate() && covers(span.mention(), o.date()))
                    && !closer(withoutDates(claim.text(), mine), local.utterance(), bestRival.utterance(), call)) {
                local = null;
                anywhere = anywhere != null && anywhere.mention().approximate() ? null : anywhere;
                rival = anywhere == null ? bestRival : rival;
            }
            if (local == null && anywhere != null && rival != null && (sameTimeSaid(myTimes, anywhere.utterance())
                    || sameWeekdayWord(d.surface(), anywhere.mention().surface())
                    || !anywhere.mention().approximate()
                    && closer(withoutDates(claim.text(), mine), anywhere.utterance(), rival.utterance(), call))) {
                local = anywhere; // "the 26th at 11" and "November 26, at eleven": the date and its time agree
            }
            if (local != null || anywhere != null && rival == null) {
                Mentions.Located<DateMention> s = local != null ? local : anywhere;
                support.add(CallEvidence.cite(s.utterance()));
            } else if (rival != null) {
                out.add(Outcome.contradicted("date", Severity.HIGH, "The call says \u201C" + rival.mention().surface()
                        + "\u201D (" + SHOW.format(rival.mention().date()) + "), the draft says \u201C" + d.surface()
                        + "\u201D (" + SHOW.format(d.date()) + ").", List.of(CallEvidence.cite(rival.utterance()))));
            } else {
                out.add(Outcome.unsupported("date", Severity.HIGH, "No date on the call matches \u201C" + d.surface()
                        + "\u201D (" + SHOW.format(d.date()) + ").", CallEvidence.cite(hits, 2)));
            }
        }
        // a summariser that shifts a deadline by a day keeps the weekday or the date and gets the other wrong
        for (WeekdayClash wrong : clashes) {
            if (!saidOnCall(wrong, call, meeting)) {
                out.add(Outcome.contradicted("date", Severity.HIGH, "The draft says \u201C" + wrong.surface().strip()
                        + "\u201D, but " + MONTH_DAY.format(wrong.date()) + " is a "
                        + wrong.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ": the weekday or the date is wrong.", CallEvidence.cite(hits, 2)));
            }
        }
        checkTimes(claim.text(), myTimes, hits, call, out, support);
        if (out.isEmpty() && !support.isEmpty()) {
            out.add(Outcome.supported("date", "The dates and times match the call.", support.stream().distinct().limit(3).toList()));
        }
        return out;
    }

    /** The call said the same pair (weekday and day of the month) itself: the draft repeats it faithfully. */
    private static boolean saidOnCall(WeekdayClash wrong, CallEvidence call, LocalDate meeting) {
        return Mentions.inCall(call, "weekdayClashes",
                        t -> DateExpressions.weekdayClashes(SpokenNumbers.normalise(t), meeting)).stream()
                .map(Mentions.Located::mention)
                .anyMatch(c -> c.weekday() == wrong.weekday() && c.date().getDayOfMonth() == wrong.date().getDayOfMonth());
    }

    private static final java.util.regex.Pattern WEEKDAY_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /** "this Friday, the 4th" and "by Friday", resolving to one date: the same day by the same name. */
    private static boolean sameWeekdayWord(String mine, String said) {
        java.util.regex.Matcher a = WEEKDAY_WORD.matcher(mine);
        java.util.regex.Matcher b = WEEKDAY_WORD.matcher(said);
        return a.find() && b.find() && a.group(1).equalsIgnoreCase(b.group(1));
    }

    /**
     * The claim without its dates, for telling which turn it is about: "on the 16th" looks more like "by December
     * 18th" than like "by Monday" to an embedding model, which says nothing about what the claim is about.
     */
    private static String withoutDates(String text, List<DateMention> dates) {
        String t = SpokenNumbers.normalise(text);
        StringBuilder b = new StringBuilder(t);
        dates.stream().filter(d -> d.end() <= t.length() && d.start() < d.end())
                .sorted(java.util.Comparator.comparingInt(DateMention::start).reversed())
                .forEach(d -> b.replace(d.start(), d.end(), " "));
        String out = b.toString().replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? text : out;
    }

    /** The matching date's turn is about the claim at least as much as the rival's: it is the same thing. */
    private static boolean closer(String claim, Utterance match, Utterance rival, CallEvidence call) {
        java.util.Set<String> terms = call.claimTerms(claim);
        return score(claim, terms, match, call) >= score(claim, terms, rival, call) - 0.05;
    }

    private static double score(String claim, java.util.Set<String> terms, Utterance u, CallEvidence call) {
        return call.match(claim, terms, u.text(), call.stems(u));
    }

    /**
     * A bare weekday in a recap can look back ("on Wednesday we agreed", "Tuesday's session"): the latest such day
     * on or before the meeting, when the mention is a bare weekday without "next"/"by"; otherwise {@code null}.
     */
    private static LocalDate pastWeekday(DateMention d, LocalDate meeting) {
        if (meeting == null) {
            return null;
        }
        java.util.regex.Matcher day = BARE_DAY.matcher(d.surface().strip());
        if (day.matches()) {
            // "after the update on the 2nd", said on the 19th: the 2nd of this month, not of the next
            int n = Integer.parseInt(day.group(1));
            LocalDate back = meeting.getDayOfMonth() >= n ? meeting.withDayOfMonth(n)
                    : meeting.minusMonths(1).lengthOfMonth() >= n ? meeting.minusMonths(1).withDayOfMonth(n) : null;
            return back == null || back.equals(d.date()) ? null : back;
        }
        java.util.regex.Matcher m = BARE_WEEKDAY.matcher(d.surface().strip());
        if (!m.matches()) {
            return null;
        }
        LocalDate back = d.date();
        while (back.isAfter(meeting)) {
            back = back.minusWeeks(1);
        }
        return ChronoUnit.DAYS.between(back, meeting) <= 6 ? back : null;
    }

    /**
     * "it went out on thursday", "so it finished on Monday": a bare weekday said of something done is the last such
     * day, not the next, so it is the "Thursday, January 27" of a timeline the draft tells in the past tense.
     */
    private static boolean saidOfThePast(Mentions.Located<DateMention> s, LocalDate date, LocalDate meeting) {
        DateMention m = s.mention();
        if (meeting == null || !date.isBefore(meeting) || ChronoUnit.DAYS.between(date, meeting) > 7
                || !BARE_WEEKDAY.matcher(m.surface().strip()).matches() || m.date().getDayOfWeek() != date.getDayOfWeek()) {
            return false;
        }
        String text = SpokenNumbers.normalise(s.utterance().text());
        String around = text.substring(Math.max(0, Math.min(m.start(), text.length()) - 60),
                Math.min(text.length(), m.end() + 60));
        return inThePast(around);
    }

    private static boolean inThePast(String text) {
        return PAST_CUE.matcher(text).find() && !FUTURE_CUE.matcher(text).find();
    }

    private static final java.util.regex.Pattern PAST_CUE = java.util.regex.Pattern.compile("(?i)\\b(?:was|were|did|didn['’]t|"
            + "wasn['’]t|weren['’]t|had|hadn['’]t|went|happened|came|got|began|broke|ran|saw|found|last|ago|since|\\w{3,}ed)\\b");
    private static final java.util.regex.Pattern FUTURE_CUE = java.util.regex.Pattern.compile("(?i)\\b(?:will|won['’]t|shall|"
            + "going to|gonna|next|this coming)\\b|['’]ll\\b");

    private static final java.util.regex.Pattern BARE_WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)^(?:on |from |last |this past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
                    + "thu|thur|thurs|fri|sat|sun)\\.?$");
    /** "by the 15th" in a recap of a call that said "by January 15th": a bare day names a date the call gave. */
    private static boolean sameDayOfMonth(DateMention mine, DateMention said) {
        boolean bare = BARE_DAY_ANY.matcher(mine.surface().strip()).matches()
                || BARE_DAY_ANY.matcher(said.surface().strip()).matches(); // "on the fourteenth", said in October
        return bare && !said.approximate()
                && said.date().getDayOfMonth() == mine.date().getDayOfMonth()
                && Math.abs(ChronoUnit.DAYS.between(said.date(), mine.date())) <= 120;
    }

    private static final java.util.regex.Pattern BARE_DAY_ANY = java.util.regex.Pattern.compile(
            "(?i)^(?:on |by |from |since |until |before |after )?the (\\d{1,2})(?:st|nd|rd|th)$");
    private static final java.util.regex.Pattern BARE_DAY = java.util.regex.Pattern.compile(
            "(?i)^(?:on |from |since )?the (\\d{1,2})(?:st|nd|rd|th)$");

    private static boolean sameTimeSaid(List<Integer> myTimes, Utterance u) {
        List<Integer> said = Mentions.times(u.text());
        return myTimes.stream().anyMatch(said::contains);
    }

    /** "11:00 London time (12:00 in Rotterdam)", "2pm ET": a time given in more than one zone. */
    private static final java.util.regex.Pattern ZONE = java.util.regex.Pattern.compile(
            "\\b(?:(?:your|my|our|their|local) time|\\p{Lu}\\p{L}+ time|in (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu}\\p{L}+|(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST"
                    + "|GMT|BST|UTC|CET|CEST|EET|IST|AEST|AEDT|Eastern|Pacific|Central|Mountain))\\b");

    private static void checkTimes(String claim, List<Integer> myTimes, List<CallIndex.Hit> hits, CallEvidence call,
                                   List<Outcome> out, List<Evidence> support) {
        if (myTimes.isEmpty()) {
            return;
        }
        // every turn's times, read once a call: most claims of a draft ask for them
        java.util.Map<Utterance, List<Integer>> timesOf = call.memo("turnTimes", () -> {
            java.util.Map<Utterance, List<Integer>> m = new java.util.LinkedHashMap<>();
            call.transcript().utterances().forEach(u -> m.put(u, Mentions.times(u.text())));
            return m;
        });
        java.util.Map<Integer, Utterance> said = call.memo("timeSaidFirst", () -> {
            java.util.Map<Integer, Utterance> m = new java.util.HashMap<>();
            timesOf.forEach((u, times) -> times.forEach(t -> m.putIfAbsent(t, u)));
            return m;
        });
        boolean zones = ZONE.matcher(claim).find();
        for (int t : myTimes) {
            if (said.containsKey(t)) {
                support.add(CallEvidence.cite(said.get(t)));
                continue;
            }
            // the other zone's time, whole hours from one the call said, restates it for a reader elsewhere
            if (zones && myTimes.stream().anyMatch(m -> m != t && said.containsKey(m) && Math.abs(t - m) % 60 == 0
                    && Math.abs(t - m) <= 12 * 60)) {
                continue;
            }
            Utterance rival = null;
            int rivalTime = -1;
            for (var e : timesOf.entrySet()) {
                if (!e.getValue().isEmpty() && hits.stream().anyMatch(h -> h.utterance() == e.getKey())) {
                    rival = e.getKey();
                    rivalTime = e.getValue().get(0);
                    break;
                }
            }
            if (rival != null) {
                out.add(Outcome.contradicted("date", Severity.HIGH, "The call says " + Mentions.time(rivalTime)
                        + ", the draft says " + Mentions.time(t) + ".", List.of(CallEvidence.cite(rival))));
            } else {
                out.add(Outcome.unsupported("date", Severity.MEDIUM, "No time on the call matches " + Mentions.time(t)
                        + ".", CallEvidence.cite(hits, 2)));
            }
        }
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?i)^(in|within|over|for|after)\\s+(\\d+|[a-z-]+)\\s+(days?|weeks?|months?|years?)$");
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)^(?:since |last |this past |on |by |this |until |before )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)$");

    private static boolean weekdaySaidNearby(DateMention d, Set<Utterance> near) {
        java.util.regex.Matcher m = WEEKDAY.matcher(d.surface().strip());
        if (!m.matches()) {
            return false;
        }
        String day = m.group(1).toLowerCase(Locale.ROOT);
        return near.stream().anyMatch(u -> u.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + day + "\\b.*"));
    }

    /** An exact date on the call covers only itself; a vague one ("next week", "in January") its span. */
    private static boolean covers(DateMention said, LocalDate date) {
        if (said.date().equals(date)) {
            return true;
        }
        if (!said.approximate()) {
            return false;
        }
        String s = said.surface().toLowerCase(Locale.ROOT);
        if (s.contains("week")) {
            return Math.abs(ChronoUnit.DAYS.between(said.date(), date)) <= 6;
        }
        if (s.contains("year")) {
            return said.date().getYear() == date.getYear();
        }
        return said.date().getYear() == date.getYear() && said.date().getMonth() == date.getMonth()
                || Math.abs(ChronoUnit.DAYS.between(said.date(), date)) <= 10;
    }
}
