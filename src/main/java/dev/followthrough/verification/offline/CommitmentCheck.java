package dev.followthrough.verification.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who committed to what. The classic slip of a summariser is to turn the customer's promise into the rep's
 * ("I'll pull the order IDs" when the customer said they would send them), or to invent one. The action of the
 * claim is matched against every promise made on the call; the best match must come from the same side (and the
 * same person, when the draft names one).
 */
final class CommitmentCheck implements ClaimCheck {

    /** "When you send the devices, I'll release..." : the condition is the other side's part, not this promise. */
    private static final java.util.regex.Pattern LEADING_CONDITION = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\p{L}]+,\\s*)?(when|once|after|if|as soon as|since|because)\\b[^,]*,\\s*");

    static final double VERB_MISMATCH = 0.15;
    static final double ANTECEDENT_WEIGHT = 0.9;
    static final double WHOLE_CLAUSE_WEIGHT = 0.95;
    /** "before any schema change" names a thing; "before he can apply it" or "so your team can..." is a clause. */
    private static final java.util.regex.Pattern OBJECT_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(before|after|ahead of)\\s+(any|the|a|an|each|every|our|your|its|their|future|new)\\b");

    private final double minMatch;

    CommitmentCheck(double minMatch) {
        this.minMatch = minMatch;
    }

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject()) {
            return List.of();
        }
        Commitments.Stated stated = claim.fromActionItem() ? fromItem(claim, call) : Commitments.inDraft(claim.text());
        if (stated == null || Terms.content(stated.action()).size() < 2) {
            return List.of();
        }
        String who = null;
        CallEvidence.Side side = stated.side();
        if (stated.who() != null) {
            who = speakerFor(stated.who(), call);
            if (who == null) {
                return List.of(); // not a person on the call: the name check speaks to that
            }
            side = call.sideOf(who);
        }
        List<Outcome> supported = List.of();
        List<Commitments.Promise> promises = call.memo("promises", () -> Commitments.onCall(call));
        call.memo("promiseVectors", () -> {
            List<String> texts = new java.util.ArrayList<>();
            for (Commitments.Promise p : promises) {
                texts.add(p.text());
                texts.add(Commitments.stripSubordinate(p.clause()));
                texts.add(p.clause());
            }
            call.index().prefetch(texts);
            return Boolean.TRUE;
        });
        for (String action : Commitments.actions(stated.action())) {
            if (Terms.content(action).size() < 2) {
                continue;
            }
            List<Outcome> out = judgeAction(action, claim.text(), side, who, promises, call);
            if (!out.isEmpty() && out.get(0).isProblem()) {
                return out;
            }
            if (!out.isEmpty()) {
                supported = out;
            }
        }
        return supported;
    }

    /** The texts this check will search the call for, so that they can be embedded in one batch beforehand. */
    static List<String> probes(Claim claim) {
        if (claim.fromSubject() || claim.fromActionItem()) {
            return List.of();
        }
        Commitments.Stated stated = Commitments.inDraft(claim.text());
        if (stated == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String action : Commitments.actions(stated.action())) {
            out.add(probe(action, claim.text()));
        }
        return out;
    }

    private static String probe(String action, String claimText) {
        return Terms.content(action).size() >= 3 ? action
                : Commitments.stripSubordinate(LEADING_CONDITION.matcher(claimText).replaceFirst(""));
    }

    private List<Outcome> judgeAction(String action, String claimText, CallEvidence.Side side, String who,
                                      List<Commitments.Promise> promises, CallEvidence call) {
        // A short action ("scope that separately") leans on its sentence for what it is about.
        String probe = probe(action, claimText);
        Set<String> actionTerms = call.claimTerms(probe);
        String verb = Commitments.verbClass(action);
        Commitments.Promise bestOther = null;
        double bestOtherScore = -1;
        Commitments.Promise bestOwn = null;
        double bestOwnScore = -1;
        double bestAny = -1;
        Commitments.Promise otherSameVerb = null;
        double otherSameVerbScore = -1;
        double ownSameVerbScore = -1;
        for (Commitments.Promise p : promises) {
            double raw = match(call, probe, actionTerms, p);
            bestAny = Math.max(bestAny, raw);
            if (!verb.isEmpty() && verb.equals(p.verb())) {
                if (sameParty(p, side, who, call)) {
                    ownSameVerbScore = Math.max(ownSameVerbScore, raw);
                } else if (raw > otherSameVerbScore) {
                    otherSameVerbScore = raw;
                    otherSameVerb = p;
                }
            }
            // A promise to do something else with the same object ("email the form" vs "fill in the form") counts less.
            double score = verb.isEmpty() || verb.equals(p.verb()) ? raw : raw - VERB_MISMATCH;
            if (sameParty(p, side, who, call)) {
                if (score > bestOwnScore) {
                    bestOwnScore = score;
                    bestOwn = p;
                }
            } else if (score > bestOtherScore) {
                bestOtherScore = score;
                bestOther = p;
            }
        }
        String claimant = who != null ? who : side == CallEvidence.Side.REP ? "you" : "the customer";
        // "I'll email you the form" / "I'll fill it out myself": the one who does this kind of thing to this object
        // is the other side, however close the claimant's own promise about the same object is.
        if (otherSameVerb != null && otherSameVerbScore >= minMatch && ownSameVerbScore < minMatch - 0.1
                && otherSameVerbScore >= bestOwnScore) {
            return List.of(Outcome.contradicted("commitment", Severity.HIGH, "On the call it was "
                    + CallEvidence.who(otherSameVerb.utterance()) + " who promised this (\u201C" + otherSameVerb.clause()
                    + "\u201D), not " + claimant + ".",
                    List.of(CallEvidence.cite(otherSameVerb.utterance(), otherSameVerb.clause()))));
        }
        if (bestOwn != null && bestOwnScore >= minMatch && bestOwnScore >= bestOtherScore - 0.1) {
            return List.of(Outcome.supported("commitment", CallEvidence.who(bestOwn.utterance()) + " made this promise.",
                    List.of(CallEvidence.cite(bestOwn.utterance(), bestOwn.clause()))));
        }
        Outcome refused = Polarity.denies(claimText) ? null : refused(actionTerms, side, who, claimant, call);
        if (refused != null) {
            return List.of(refused);
        }
        // Contradicted only when the other side promised the same kind of thing about the same object.
        if (bestOther != null && bestOtherScore >= minMatch && bestOtherScore > bestOwnScore + 0.05) {
            List<Evidence> ev = List.of(CallEvidence.cite(bestOther.utterance(), bestOther.clause()));
            return List.of(Outcome.contradicted("commitment", Severity.HIGH, "On the call it was "
                    + CallEvidence.who(bestOther.utterance()) + " who promised this (\u201C" + bestOther.clause()
                    + "\u201D), not " + claimant + ".", ev));
        }
        List<CallIndex.Hit> hits = call.search(probe, 1);
        boolean discussed = !hits.isEmpty()
                && Terms.coverage(actionTerms, call.stems(hits.get(0).utterance())) >= 0.67;
        if (bestAny >= minMatch - 0.15 || discussed
                || action.matches("(?i).*\\b(it|her|him|them|that|this|those)\\b.*")) {
            return List.of(); // something close was promised; too close to call a promise invented
        }
        return List.of(Outcome.unsupported("commitment", Severity.MEDIUM, "No one on the call promised this; the draft"
                + " says " + claimant + " will.", CallEvidence.cite(call.search(probe, 2), 2)));
    }

    private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile("(?i)\\b((?:can['’]t|cannot|"
            + "won['’]t|will not|not able to|unable to|not going to|couldn['’]t|can not) (?:commit|promise|guarantee|offer|"
            + "agree|give|do)|no promises|not promising|(?:can['’]t|cannot) make (?:any )?promises|not in a position to)\\b");

    /**
     * "I can't commit to a credit on this call": the claimant's side explicitly declined to promise what the draft
     * says they will do.
     */
    private static Outcome refused(Set<String> actionTerms, CallEvidence.Side side, String who, String claimant,
                                   CallEvidence call) {
        for (dev.followthrough.core.Utterance u : call.transcript().utterances()) {
            boolean theirs = who != null ? who.equalsIgnoreCase(u.speaker()) : call.sideOf(u.speaker()) == side;
            if (!theirs) {
                continue;
            }
            for (String clause : CallEvidence.marked(u.text())) {
                java.util.regex.Matcher m = REFUSAL.matcher(clause);
                if (!m.find() || dev.followthrough.text.SpokenClauses.isQuestion(clause)) {
                    continue;
                }
                Set<String> after = Terms.content(clause.substring(m.start()));
                Set<String> object = new java.util.HashSet<>(actionTerms);
                object.retainAll(after);
                object.removeAll(Set.of("commit", "promis", "guarante", "offer", "agre", "give", "call", "todai"));
                if (!object.isEmpty()) {
                    return Outcome.contradicted("commitment", Severity.HIGH, CallEvidence.who(u) + " said \u201C"
                            + clause.strip() + "\u201D: this was not promised, the draft says " + claimant + " will.",
                            List.of(CallEvidence.cite(u, clause)));
                }
            }
        }
        return null;
    }

    /** Score against the promise's own words, or at a discount against them plus the turn they point back to. */
    private static double match(CallEvidence call, String action, Set<String> actionTerms, Commitments.Promise p) {
        String clause = Commitments.stripSubordinate(p.clause());
        double own = score(call, action, actionTerms, clause);
        if (!clause.equals(p.clause()) && OBJECT_AFTER.matcher(p.clause()).find()) {
            // "a heads-up before any schema change": what follows "before" can be the object, not a condition
            own = Math.max(own, WHOLE_CLAUSE_WEIGHT * score(call, action, actionTerms, p.clause()));
        }
        return p.text().equals(clause) ? own : Math.max(own, ANTECEDENT_WEIGHT * score(call, action, actionTerms, p.text()));
    }

    private static double score(CallEvidence call, String action, Set<String> actionTerms, String text) {
        return call.match(action, actionTerms, text, Terms.content(text));
    }

    private static boolean sameParty(Commitments.Promise p, CallEvidence.Side side, String who, CallEvidence call) {
        if (who != null) {
            return p.who() != null && p.who().equalsIgnoreCase(who);
        }
        return p.side() == side;
    }

    private static Commitments.Stated fromItem(Claim claim, CallEvidence call) {
        String owner = claim.item().owner();
        if (owner == null || owner.isBlank()) {
            return null;
        }
        return new Commitments.Stated(null, owner, claim.item().task());
    }

    /** The speaker label a name in the draft refers to ("Priya" for "Priya Nair"), or {@code null}. */
    static String speakerFor(String name, CallEvidence call) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (call.context() != null && call.context().isRep(name)) {
            for (String s : call.transcript().speakers()) {
                if (call.context().isRep(s)) {
                    return s;
                }
            }
            return call.context().repName();
        }
        for (String s : call.transcript().speakers()) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.equals(n) || l.startsWith(n + " ") || n.startsWith(l + " ")) {
                return s;
            }
        }
        if (call.context() != null) {
            for (var p : call.context().participants()) {
                String l = p.name() == null ? "" : p.name().toLowerCase(Locale.ROOT);
                if (!l.isEmpty() && (l.equals(n) || l.startsWith(n + " "))) {
                    return p.name();
                }
            }
        }
        return null;
    }
}
