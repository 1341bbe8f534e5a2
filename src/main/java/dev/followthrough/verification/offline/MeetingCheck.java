package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A draft that says a next meeting is booked must point at one the call agreed: same date and time, not one
 * the customer turned down ("email is fine, we don't need another call"), and not a recurring call where one
 * check-in was agreed.
 */
final class MeetingCheck implements ClaimCheck {

    static final Pattern NOUN = Pattern.compile("(?i)\\b(meeting|call|demo|session|sync|check-?in|catch-?up|workshop|"
            + "walk-?through|deep[- ]dive|onsite|on-site|kick-?off|presentation|huddle|touch-?point|follow-?up|"
            + "stand-?up|dailies|briefing|webinar|review meeting|appointment|qbr|site visit|(?:a|an|the|our|in-person|on-site|onsite) visit|lunch|dinner|training)s?\\b|\\b(a|an|the|our|short|quick|brief|"
            + "business|quarterly|annual|final|joint)\\s+review\\b|\\b(meet|talk|speak)\\s+(again|on|at|next)\\b|"
            + "\\b(?:talk|speak|meet)\\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\\w*\\b|tomorrow\\b|\\d)|"
            + "\\b(reconvene|regroup|reconnect|touch base|get (?:back )?together)\\b");
    /** The customer's own meetings ("your board meeting", "Monday's leadership meeting") are not a next meeting. */
    private static final Pattern THEIR_MEETING = Pattern.compile("(?i)\\b(your|their|his|her|its|board|leadership|"
            + "internal|staff|all-hands|committee|budget|planning|[\\w]+['’]s)\\s+(?:[\\w-]+\\s+)?(meeting|call|review|"
            + "session|sync|stand-?up)s?\\b");
    /** "by tomorrow at 5 p.m." is a deadline. */
    private static final Pattern DEADLINE_TIME = Pattern.compile("(?i)\\bby\\s+(?:[\\w,]+\\s+){0,4}?"
            + "(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?");
    private static final Pattern SCHEDULED = Pattern.compile("(?i)\\b(book(ed)?|schedul(e|ed|ing)|set up|set-up|set (?:one|it|that|something) up|"
            + "invite|invitation|calendar|pencil(l?ed)?|locked in|see you|we['’]re on for|we are on for|confirmed for|"
            + "planned for|talk (then|on)|meet (on|at|then))\\b");
    private static final Pattern RECURRING = Pattern.compile("(?i)\\b(daily|dailies|weekly|biweekly|bi-weekly|fortnightly|"
            + "monthly|every (day|morning|week|monday|tuesday|wednesday|thursday|friday)|each (day|week|morning))\\b");
    private static final Pattern TENTATIVE = Pattern.compile("(?i)\\b(wait to hear|once you|if you|whenever|"
            + "when you['’]re ready|happy to (set|book|schedule)|could (set|book|schedule)|would you like|let me know|"
            + "after you['’]ve|until you|open to|no (call|meeting)|not (book|schedule)|won['’]t (book|schedule))");
    private static final Pattern DECLINE = Pattern.compile("(?i)(\\b(don['’]t|do not|no) need (another|a|to have a|"
            + "to) (call|meeting|demo|session)|email is fine|let us (read|review|think|digest|look)|we['’]ll reach out|"
            + "we will reach out|hold off|not (yet|right now|at this point)|before we (schedule|book|set)|no need|"
            + "not necessary|rather not|let['’]s not|don['’]t want to (schedule|book|set)|(schedule|book) anything yet|"
            + "not ready to|(i['’]ll|we['’]ll) get back to you|not until|wait until|ask (me|us) again|^\\s*maybe\\b|"
            + "let['’]s see|not now)");

    private static final Pattern THANKS = Pattern.compile("(?i)^\\s*(?:and\\s+)?(?:many\\s+)?(?:thanks|thank you)\\b[^.!?]*?"
            + "\\bfor\\s+(?:(?:a|the|this|today['’]s|yesterday['’]s|our|your)\\s+)?(?:(?![\\w-]*ing\\b)[\\w-]+\\s+){0,2}"
            + "(?:meeting|call|session|demo|conversation|time|chat|discussion|walk-?through|workshop)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(was|were|had|did|went|met|happened|took place|"
            + "ran|cost|lost|crashed|broke|failed|spent|last (?:week|month|monday|tuesday|wednesday|thursday|friday))\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|going to|next|upcoming|let['’]s|"
            + "see you|talk (?:then|soon)|book(?:ed)?|schedul\\w*|invite|pencil\\w*|confirmed)\\b|['’]ll\\b");

    /**
     * "Thanks for a productive session on Tuesday", "the sync outage on October 14 cost us a morning": a sentence
     * that looks back at a meeting or an event says nothing about a next one.
     */
    private static boolean looksBack(String text) {
        if (FUTURE.matcher(text).find()) {
            return false;
        }
        return THANKS.matcher(text).find() || PAST.matcher(text).find();
    }

    /** "by Friday" is a deadline for a deliverable, not the day of a meeting. */
    private static final Pattern DEADLINE = Pattern.compile("(?i)^(by|before|until|no later than)\\b");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        String text = DEADLINE_TIME.matcher(THEIR_MEETING.matcher(claim.text()).replaceAll(" ")).replaceAll(" ");
        if (claim.fromSubject() || !NOUN.matcher(text).find() || TENTATIVE.matcher(text).find()
                || Polarity.denies(text) || looksBack(text)) {
            return List.of();
        }
        LocalDate meeting = Mentions.meetingDate(call);
        List<String> parts = meetingParts(text);
        if (parts.size() > 1) {
            // "Quick call Wednesday about the contract, then kickoff Jan 11, 9am": each meeting must have been agreed
            List<Outcome> supported = List.of();
            for (String part : parts) {
                List<Outcome> o = one(part, call, meeting);
                if (!o.isEmpty() && o.get(0).isProblem()) {
                    return o;
                }
                supported = o.isEmpty() ? supported : o;
            }
            return supported;
        }
        return one(parts.get(0).equals(text) ? meetingPart(text) : parts.get(0), call, meeting);
    }

    private List<Outcome> one(String text, CallEvidence call, LocalDate meeting) {
        List<DateMention> mentions = Mentions.dates(text, meeting).stream().filter(d -> !d.approximate())
                .filter(d -> !d.date().equals(meeting)).toList();
        // "the guide by November 9, and a check-in on December 3": only the meeting's own day must match
        List<LocalDate> dates = mentions.stream().filter(d -> !DEADLINE.matcher(d.surface()).find())
                .map(DateMention::date).toList();
        boolean onADay = mentions.stream().anyMatch(d -> !DEADLINE.matcher(d.surface()).find());
        List<Integer> times = Mentions.times(text);
        boolean recurring = RECURRING.matcher(text).find();
        if (!onADay && times.isEmpty() && !recurring && !SCHEDULED.matcher(text).find()) {
            return List.of();
        }
        List<Utterance> setUps = call.memo("meetings", () -> meetingsOnCall(call, meeting));
        if (setUps.isEmpty()) {
            return List.of(Outcome.unsupported("meeting", Severity.HIGH, "No next meeting was set up on the call.",
                    CallEvidence.cite(call.search(text, 2), 2)));
        }
        Utterance best = null;
        double bestSim = -1;
        // "a reference call": a set-up that names the same kind of meeting outranks a closer-sounding other one
        String kind = kindOf(text);
        int bestRank = -1;
        // the call's dates as the date check reads them, read once per call
        List<Mentions.Located<DateMention>> saidDates = Mentions.inCall(call, "dates", t -> Mentions.dates(t, meeting));
        Utterance nearest = null;
        double nearestSim = -1;
        for (Utterance u : setUps) {
            String window = window(call, u);
            double sim = call.index().similarity(text, window);
            if (sim > nearestSim) {
                nearestSim = sim;
                nearest = u;
            }
            String dated = meetingTurns(call, u);
            boolean datesOk = dates.stream().allMatch(d -> Mentions.dates(dated, meeting).stream()
                    .anyMatch(m -> m.date().equals(d)));
            boolean timesOk = times.stream().allMatch(t -> Mentions.times(window).contains(t));
            boolean recurOk = !recurring || RECURRING.matcher(window).find();
            boolean namesIt = kind != null && u.text().toLowerCase(java.util.Locale.ROOT).contains(kind);
            // the turn that itself gives the day or the time, over a neighbour whose window merely holds it
            boolean givesWhen = times.stream().anyMatch(x -> Mentions.times(u.text()).contains(x))
                    || dates.stream().anyMatch(d -> saidDates.stream().anyMatch(m -> m.utterance() == u && d.equals(m.mention().date())));
            int rank = (namesIt ? 2 : 0) + (givesWhen ? 1 : 0);
            if (datesOk && timesOk && recurOk && (rank > bestRank || rank == bestRank && sim > bestSim)) {
                bestSim = sim;
                best = u;
                bestRank = rank;
            }
        }
        if (best != null) {
            Utterance declinedBy = declined(call, best);
            if (declinedBy != null) {
                return List.of(Outcome.contradicted("meeting", Severity.HIGH, CallEvidence.who(declinedBy)
                        + " turned this meeting down: \u201C" + declinedBy.text().strip() + "\u201D",
                        List.of(CallEvidence.cite(best), CallEvidence.cite(declinedBy))));
            }
            Utterance moved = times.isEmpty() ? null : movedTo(call, best, times);
            if (moved != null) {
                return List.of(Outcome.contradicted("meeting", Severity.HIGH, "The time was changed on the call: \u201C"
                        + moved.text().strip() + "\u201D (" + CallEvidence.who(moved) + ").",
                        List.of(CallEvidence.cite(best), CallEvidence.cite(moved))));
            }
            return List.of(Outcome.supported("meeting", "The call agreed this meeting.",
                    List.of(CallEvidence.cite(best))));
        }
        String why = recurring && !RECURRING.matcher(window(call, nearest)).find()
                ? "The call set up no recurring meeting; the closest is: \u201C"
                : "The call agreed no meeting like this; the closest is: \u201C";
        return List.of(Outcome.unsupported("meeting", Severity.HIGH, why + nearest.text().strip() + "\u201D ("
                + CallEvidence.who(nearest) + ").", List.of(CallEvidence.cite(nearest))));
    }

    private static final Pattern KIND = Pattern.compile("(?i)\\b([a-z]{4,})\\s+(call|meeting|session|visit|demo|review|workshop)\\b");
    private static final java.util.Set<String> NOT_A_KIND = java.util.Set.of("next", "quick", "short", "brief", "another",
            "follow-up", "first", "second", "final", "joint", "this", "that", "weekly", "daily", "monthly", "video", "phone",
            "zoom", "teams", "online", "remote", "virtual", "hour", "minute", "half-hour");

    /** The words that say which meeting it is ("reference call", "training session"), or null. */
    private static String kindOf(String text) {
        java.util.regex.Matcher m = KIND.matcher(text);
        while (m.find()) {
            String modifier = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!NOT_A_KIND.contains(modifier) && !Terms.content(modifier).isEmpty()) {
                return modifier + " " + m.group(2).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * "Thursday the 19th, three p.m.?" "Three is bad, four works." "Four p.m. it is.": the last time said in the
     * next turns is the one agreed. Returns the turn that moved it away from every time the draft gives, or null.
     */
    private static Utterance movedTo(CallEvidence call, Utterance proposal, List<Integer> times) {
        Utterance last = null;
        Utterance n = proposal;
        for (int i = 0; i < 3 && (n = call.next(n)) != null; i++) {
            List<Integer> said = Mentions.times(n.text());
            if (!said.isEmpty()) {
                last = said.stream().anyMatch(times::contains) ? null : n;
            }
        }
        return last;
    }

    private static final Pattern PART_SPLIT = Pattern.compile("(?i),?\\s+then\\s+|\\s*;\\s*|,\\s+and\\s+(?:then\\s+)?(?=\\S)");

    /** The parts of a claim that each name a meeting, when there are at least two. */
    private static List<String> meetingParts(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PART_SPLIT.split(text)) {
            if (NOUN.matcher(p).find()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(text) : out;
    }

    private static final Pattern PARTS = Pattern.compile("(?i)\\s*;\\s*|,?\\s+and\\s+(?=(?:we|you|i|they|the)\\b)|,\\s+(?=(?:we|you|i)\\b)");

    /** "the report is due Thursday, and we talk again on the 1st": only the part about the meeting dates it. */
    private static String meetingPart(String text) {
        String[] parts = PARTS.split(text);
        if (parts.length < 2) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (NOUN.matcher(p).find() || SCHEDULED.matcher(p).find()) {
                b.append(b.length() == 0 ? "" : "; ").append(p);
            }
        }
        return b.length() == 0 ? text : b.toString();
    }

    private static List<Utterance> meetingsOnCall(CallEvidence call, LocalDate meeting) {
        List<Utterance> out = new ArrayList<>();
        for (Utterance u : call.transcript().utterances()) {
            String t = u.text();
            boolean when = !Mentions.times(t).isEmpty() || Mentions.dates(t, meeting).stream()
                    .anyMatch(d -> !d.date().equals(meeting) && !DEADLINE.matcher(d.surface()).find());
            if (when || SCHEDULED.matcher(t).find() || RECURRING.matcher(t).find()) {
                // "before your leadership meeting on Monday" dates their meeting, not one with us
                // the meeting word is in the turn or right next to it: "I'll send it Wednesday" two turns before
                // "Should we book a kickoff?" dates the contract, not a call
                String w = THEIR_MEETING.matcher(window(call, u, 1)).replaceAll(" ");
                if (NOUN.matcher(w).find() || SCHEDULED.matcher(w).find()) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    /**
     * The window's turns that can date a meeting: not a promise to deliver something ("I'll send it Wednesday"),
     * whose day is a deadline, unless the turn names a meeting too.
     */
    private static String meetingTurns(CallEvidence call, Utterance u) {
        List<Commitments.Promise> promises = call.memo("promises", () -> Commitments.onCall(call));
        java.util.Set<Utterance> deliveries = call.memo("deliveryTurns", () -> {
            java.util.Set<Utterance> out = new java.util.HashSet<>();
            for (Commitments.Promise p : promises) {
                if (java.util.Set.of("deliver", "check", "fill").contains(p.verb()) && !NOUN.matcher(p.utterance().text()).find()
                        && p.utterance().text().contains(p.clause().strip())) {
                    out.add(p.utterance());
                }
            }
            return out;
        });
        List<Utterance> turns = new ArrayList<>();
        Utterance p = u;
        for (int i = 0; i < 2 && (p = call.previous(p)) != null; i++) {
            turns.add(0, p);
        }
        turns.add(u);
        Utterance n = u;
        for (int i = 0; i < 2 && (n = call.next(n)) != null; i++) {
            turns.add(n);
        }
        StringBuilder b = new StringBuilder();
        for (Utterance t : turns) {
            if (!deliveries.contains(t)) {
                b.append(t.text()).append(' ');
            }
        }
        return b.toString();
    }

    /** Two turns either side: a meeting is asked for, proposed, then confirmed, moved or declined. */
    private static String window(CallEvidence call, Utterance u) {
        return window(call, u, 2);
    }

    private static String window(CallEvidence call, Utterance u, int turns) {
        StringBuilder b = new StringBuilder(u.text());
        Utterance n = u;
        for (int i = 0; i < turns && (n = call.next(n)) != null; i++) {
            b.append(' ').append(n.text());
        }
        Utterance p = u;
        for (int i = 0; i < turns && (p = call.previous(p)) != null; i++) {
            b.insert(0, p.text() + " ");
        }
        return b.toString();
    }

    private static Utterance declined(CallEvidence call, Utterance proposal) {
        Utterance n = proposal;
        if (DECLINE.matcher(proposal.text()).find() && call.sideOf(proposal.speaker()) == CallEvidence.Side.CUSTOMER) {
            return proposal;
        }
        for (int i = 0; i < 2; i++) {
            n = call.next(n);
            if (n == null) {
                return null;
            }
            if (n.speaker() != null && !n.speaker().equals(proposal.speaker()) && DECLINE.matcher(n.text()).find()) {
                return n;
            }
            if (NOUN.matcher(n.text()).find() && !Mentions.times(n.text()).isEmpty()) {
                return null; // a counter-proposal: the meeting moved rather than fell through
            }
        }
        return null;
    }
}
