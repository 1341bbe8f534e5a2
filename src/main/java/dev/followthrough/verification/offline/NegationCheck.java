package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A claim can sit almost word for word on the call and still say the opposite: "the budget is approved" against
 * "the budget is not approved yet". Embeddings score those two as near-identical, so polarity is compared
 * explicitly on the best-aligned clause, and a yes/no question is judged by its answer.
 */
final class NegationCheck implements ClaimCheck {

    private static final Pattern NO_ANSWER = Pattern.compile(
            "^(?:(?:also|well|um|uh|so|honestly|sadly|again|and|but|then)[,]?\\s+)?(no(?![-‐])|nope|nah|not(\\s+[\\w-]+){0,2}\\s*[.,;!]|not (yet|really|quite|at the moment|right now)|unfortunately|sadly|we (haven['’]t|don['’]t|"
                    + "can['’]t|aren['’]t|won['’]t)|it (isn['’]t|wasn['’]t|doesn['’]t)|i (don['’]t|haven['’]t|can['’]t))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_ANSWER = Pattern.compile(
            "^(yes|yeah|yep|yup|correct|right|exactly|absolutely|definitely|sure|it is|we have|we do|we are|we can|"
                    + "that['’]s (right|correct))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Measured 2026-12-01 on the blind sets (docs/EVALUATION.md): at the general cut-offs this direction flagged 17
     * sentences there and none was the planted error; on the tuned sets it found one planted error, at coverage 1.0.
     */
    static final double DENIAL_MIN_COVERAGE = 0.8;
    static final double DENIAL_MIN_COSINE = 0.7;

    /** "But not the front entrance.": a thing left out of a list, verb and all (not "but not with the registry"). */
    private static final Pattern ELLIPTIC_NOT = Pattern.compile("(?i)^(?:but|and|just|except)?\\s*not\\s+(?!(?:with|for|in|on|at|to|from|by|via|through|into|yet|now|today)\\b)"
            + "(?:the|a|an|our|your|their|"
            + "its|that|this)?\\s*[\\p{L}\\d'’ -]{1,40}[.!]?$");
    private static final Pattern INCLUSION = Pattern.compile("(?i)\\b(includ\\w*|cover\\w*|part of|in scope|as well|along with|"
            + "also|too|all|every|each|both)\\b");

    private final double minCosine;
    private final double minCoverage;

    NegationCheck(double minCosine, double minCoverage) {
        this.minCosine = minCosine;
        this.minCoverage = minCoverage;
    }

    private static final Pattern NEGATIVE_LABEL = Pattern.compile("^\\s*([^:]{1,40}):\\s");
    private static final Pattern FRAGMENT = Pattern.compile(
            "[,;:()]\\s*|\\s+(?=(?:and|but|so|since|because|although|though|while|whereas|which)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJUNCT = Pattern.compile("(?i)^(?:i\\.e\\.|e\\.g\\.|(?:under|for|with|in|on|at|by|"
            + "from|per|about|regarding|of|to|into|across|over|after|before|during|within|without|via|ie|eg)\\b)");
    /** Evidence about the future or a plan ("we'll check for duplicates") cannot show that something is so. */
    private static final Pattern IRREALIS = Pattern.compile("(?i)\\b(will|['’]ll|going to|would|could|can|might|may|"
            + "plan|plans|want|wants|need|needs|check|checking|verify|look into|see if|find out|ask)\\b");
    /** A clause that sets a time or a condition for the rest of the sentence asserts nothing by itself. */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)^(?:once|when|whenever|if|unless|until|till|"
            + "as soon as|after|before|in case|provided|assuming)\\b");
    /** "isn't there yet", "not yet": a denial for now, which a date still to come does not contradict. */
    private static final Pattern NOT_YET = Pattern.compile("(?i)(?:\\bnot|n['’]t)\\b[^.;!?]{0,40}\\byet\\b");
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?i)(and|but|or|so|since|because|although|though|while|whereas|which|as|plus)\\s+");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject() || ClaimSplitter.underNegativeHeading(claim.text())
                || dev.followthrough.text.SpokenClauses.isQuestion(claim.text())) {
            return List.of(); // a question in a draft ("Is document verification included?") asserts neither way
        }
        for (String part : parts(claim, call)) {
            List<Outcome> out = checkPart(part, call);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** A compound sentence can be right in one part and reversed in another, so each part is aligned on its own. */
    static List<String> parts(Claim claim, CallEvidence call) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(claim.text());
        java.util.regex.Matcher label = NEGATIVE_LABEL.matcher(claim.text());
        if (label.find() && Polarity.denies(label.group(1))) {
            return parts; // "Not available: a Corvane Labs integration": the part after the label shares its "not"
        }
        String[] fragments = FRAGMENT.split(claim.text());
        StringBuilder before = new StringBuilder();
        for (String f : fragments) {
            String stripped = f.strip();
            boolean coordinated = stripped.matches("(?i)^(and|but|or)\\b.*");
            boolean negatedHead = stripped.matches("(?i)^(and|or|nor)\\b.*") && Polarity.denies(before.toString());
            before.append(' ').append(stripped);
            if (negatedHead) {
                continue; // "would rather not bolt on a second box and SIM": the "and" part shares the "not"
            }
            String p = LEADING_CONNECTIVE.matcher(stripped).replaceFirst("");
            if (firstOfSubjectsSharingAVerb(claim.text(), p)) {
                continue; // the whole claim says what the subjects share; the first alone says nothing
            }
            if (ADJUNCT.matcher(p).find() && !coordinated) {
                continue; // "Under the startup program" sets a topic; "and with the registry" shares the verb before it
            }
            if (SUBORDINATE.matcher(p).find()) {
                continue; // "once you know who you're hiring" supposes it; it does not say that you know
            }
            if (!p.equals(claim.text()) && call.claimTerms(p).size() >= 2 && p.split("\\s+").length >= 4) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** "The Part 11 module and equipment booking are not needed": the first of subjects that share one verb. */
    private static boolean firstOfSubjectsSharingAVerb(String claim, String fragment) {
        int at = claim.indexOf(fragment);
        java.util.regex.Matcher and = at < 0 ? null : COORDINATOR.matcher(claim.substring(at + fragment.length()));
        return and != null && and.lookingAt() && ClaimSplitter.coordinatedSubjects(fragment, and.replaceFirst(""));
    }

    private static final Pattern COORDINATOR = Pattern.compile("(?i)\\s*(?:and|or|nor)\\s+");

    private List<Outcome> checkPart(String text, CallEvidence call) {
        java.util.Set<String> claimTerms = call.claimTerms(text);
        if (claimTerms.size() < 2) {
            return List.of();
        }
        List<CallIndex.Hit> hits = call.search(text, 5);
        List<Outcome> answered = answeredQuestion(text, claimTerms, hits, call);
        if (!answered.isEmpty()) {
            return answered;
        }
        List<Outcome> denied = deniedNearby(text, claimTerms, hits, call);
        if (!denied.isEmpty()) {
            return denied;
        }
        CallEvidence.Aligned a = call.align(text, hits);
        if (a == null || a.coverage() < minCoverage || a.cosine() < minCosine || dev.followthrough.text.SpokenClauses.isQuestion(a.clause())) {
            return List.of();
        }
        String clause = a.clause();
        if (NOT_YET.matcher(clause).find() && saysWhenLater(text, call)) {
            return List.of(); // "that comes with version five in March" after "isn't there yet"
        }
        // "But not the front entrance." leaves it out of something; it says nothing else about it
        String judged = withoutEllipticNot(clause, text);
        List<dev.followthrough.core.Evidence> ev = List.of(CallEvidence.cite(a.utterance(), clause));
        String who = CallEvidence.who(a.utterance());
        boolean evidenceDenies = Polarity.deniesAbout(judged, claimTerms);
        boolean claimDenies = Polarity.deniesAbout(text, Terms.content(clause));
        if (evidenceDenies && !claimDenies && !Polarity.hedges(text) && Polarity.deniesPredicate(judged, claimTerms)) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, who + " said \u201C" + CallEvidence.shorten(clause)
                    + "\u201D: the call says no, the draft says yes.", ev));
        }
        // A denial in the draft against a clause that denies nothing: this side of the comparison misses most of the
        // ways a call says no ("separate", "on request", "not this one"), so it needs the clause nearly word for word.
        if (claimDenies && !evidenceDenies && !Polarity.hedges(clause) && !IRREALIS.matcher(clause).find()
                && a.coverage() >= DENIAL_MIN_COVERAGE && a.cosine() >= DENIAL_MIN_COSINE) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, who + " said \u201C" + CallEvidence.shorten(clause)
                    + "\u201D: the call says yes, the draft says no.", ev));
        }
        String[] flip = Polarity.antonymPair(text, clause);
        if (flip != null && claimDenies == evidenceDenies) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, who + " said \u201C" + CallEvidence.shorten(clause)
                    + "\u201D: \u201C" + flip[1] + "\u201D, not \u201C" + flip[0] + "\u201D as the draft says.", ev));
        }
        return List.of();
    }

    /**
     * A clause near the claim that denies the very words the claim asserts ("we haven't shortlisted anyone yet"
     * against "you are already shortlisting"), or says their opposite ("a temporary measure" against "the
     * permanent fix"). Long utterances dilute embeddings, so the clauses of the top hits are searched directly.
     */
    private List<Outcome> deniedNearby(String text, java.util.Set<String> claimTerms, List<CallIndex.Hit> hits,
                                       CallEvidence call) {
        if (Polarity.denies(text) || Polarity.hedges(text)) {
            return List.of();
        }
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            Utterance u = hits.get(i).utterance();
            for (String clause : CallEvidence.clauses(u.text())) {
                if (dev.followthrough.text.SpokenClauses.isQuestion(clause) || NOT_YET.matcher(clause).find() && saysWhenLater(text, call)) {
                    continue;
                }
                java.util.Set<String> ct = Terms.content(clause);
                double cov = Terms.coverage(claimTerms, ct);
                boolean overAll = UNIVERSAL.matcher(clause).find() && onlyNamesMissing(text, claimTerms, ct);
                if (cov < 0.67 && cov >= minCoverage && !overAll && missingTermsSaidElsewhere(claimTerms, ct, call)) {
                    continue; // "Euro payouts are available" is not about "Canadian dollar payouts aren't available"
                }
                if (cov < minCoverage) {
                    String[] flip = Polarity.antonymPair(text, clause);
                    if (flip != null && !Polarity.denies(clause) && call.index().similarity(text, clause) >= ANTONYM_COSINE) {
                        return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(u) + " said \u201C"
                                + CallEvidence.shorten(clause) + "\u201D: \u201C" + flip[1] + "\u201D, not \u201C" + flip[0]
                                + "\u201D.", List.of(CallEvidence.cite(u, clause))));
                    }
                    continue;
                }
                // "anyone" stands in for the name, which costs the embedding; the overlap still ties them
                double needed = overAll ? DENIAL_COSINE - 0.1 : DENIAL_COSINE;
                if (Polarity.deniesPredicate(withoutEllipticNot(clause, text), claimTerms)
                        && call.index().similarity(text, clause) >= needed) {
                    return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(u) + " said \u201C"
                            + CallEvidence.shorten(clause) + "\u201D: the call says no, the draft says yes.",
                            List.of(CallEvidence.cite(u, clause))));
                }
            }
        }
        return List.of();
    }

    /** The claim dates what it says after the meeting: it reports when something will be so, not that it is. */
    private static boolean saysWhenLater(String claim, CallEvidence call) {
        java.time.LocalDate meeting = Mentions.meetingDate(call);
        return meeting != null && dev.followthrough.text.DateExpressions.find(SpokenNumbers.normalise(claim), meeting)
                .stream().anyMatch(d -> d.date() != null && d.date().isAfter(meeting));
    }

    /** The clause without its "But not the front entrance." sentences, unless the claim says what is included. */
    private static String withoutEllipticNot(String clause, String claim) {
        if (INCLUSION.matcher(claim).find()) {
            return clause;
        }
        StringBuilder b = new StringBuilder();
        for (String sentence : ClaimSplitter.sentences(clause)) {
            if (!ELLIPTIC_NOT.matcher(sentence.strip()).matches()) {
                b.append(sentence).append(' ');
            }
        }
        return b.toString().strip();
    }

    /** "We haven't shortlisted anyone": a denial over everyone covers the one the claim names. */
    private static final Pattern UNIVERSAL = Pattern.compile(
            "(?i)\\b(anyone|anybody|anything|nobody|no one|none|nothing|any (vendor|supplier|partner|provider|one|tool|option)s?)\\b");

    /** True when every claim term the clause lacks is a name in the claim: what "anyone" or "nothing" stands for. */
    private static boolean onlyNamesMissing(String text, java.util.Set<String> claimTerms, java.util.Set<String> clause) {
        java.util.Set<String> names = CallEvidence.capitalisedStems(text);
        for (String t : claimTerms) {
            if (!clause.contains(t) && !names.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean missingTermsSaidElsewhere(java.util.Set<String> claimTerms, java.util.Set<String> clause,
                                                     CallEvidence call) {
        java.util.Set<String> said = call.memo("stems", () -> Terms.content(call.fullTextLower()));
        for (String t : claimTerms) {
            if (!clause.contains(t) && said.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Cosine a denying clause needs with the claim; low, because the word overlap and scope already tie them. */
    static final double DENIAL_COSINE = 0.3;
    static final double ANTONYM_COSINE = 0.4;

    /** "Does it push into PayCircle?" "Not natively." The answer, not the question, carries the polarity. */
    private List<Outcome> answeredQuestion(String text, java.util.Set<String> claimTerms, List<CallIndex.Hit> hits,
                                           CallEvidence call) {
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            Utterance q = hits.get(i).utterance();
            String lastQuestion = lastSentence(q.text());
            if (!lastQuestion.strip().endsWith("?")) {
                List<String> spoken = CallEvidence.clauses(lastQuestion); // "can we pay monthly", unmarked
                lastQuestion = spoken.get(spoken.size() - 1);
                if (!dev.followthrough.text.SpokenClauses.isQuestion(lastQuestion)) {
                    continue;
                }
            }
            Utterance reply = call.next(q);
            if (reply == null || reply.speaker() == null || reply.speaker().equals(q.speaker())) {
                continue;
            }
            double cos = Math.max(hits.get(i).cosine(), call.index().similarity(text, lastQuestion));
            double cov = Terms.coverage(claimTerms, Terms.content(lastQuestion + " " + reply.text()));
            // The answer flips the question's proposition, so the question itself must be about the claim.
            double askedAbout = Terms.coverage(claimTerms, Terms.content(lastQuestion));
            if (cos < minCosine && !(cov >= 0.6 && cos >= minCosine - 0.1) || cov < 0.3 || askedAbout < 0.25) {
                continue;
            }
            String r = reply.text().strip();
            boolean questionDenies = Polarity.denies(lastQuestion);
            Boolean answerNo = NO_ANSWER.matcher(r).find() ? Boolean.TRUE : YES_ANSWER.matcher(r).find() ? Boolean.FALSE : null;
            if (answerNo == null) {
                continue;
            }
            boolean evidenceDenies = questionDenies != answerNo;
            java.util.Set<String> asked = Terms.content(lastQuestion);
            // "so students can get in with no network" denies the network, not what was asked
            boolean claimDenies = Polarity.deniesAbout(text, asked);
            if (Terms.coverage(asked, claimTerms) < 0.5) {
                continue; // "locks are $185 each" does not answer "is installation in the lock price?"
            }
            if (answerNo && restatesTheClaim(text, claimTerms, r)) {
                return List.of(); // "Is that extra?" "No, the sync is included in the seat price.": the claim is the answer
            }
            if (answerNo && statesTheAlternative(claimTerms, lastQuestion, r)) {
                return List.of(); // "Annual prepay?" "No, monthly.": "billed monthly" reports the answer, not the offer
            }
            List<dev.followthrough.core.Evidence> ev = List.of(CallEvidence.cite(q, lastQuestion), CallEvidence.cite(reply));
            if (evidenceDenies && !claimDenies && !Polarity.hedges(text)) {
                return List.of(Outcome.contradicted("negation", Severity.HIGH, "Asked \u201C" + CallEvidence.shorten(lastQuestion)
                        + "\u201D, " + CallEvidence.who(reply) + " answered \u201C" + CallEvidence.shorten(firstSentence(r))
                        + "\u201D: the call says no, the draft says yes.", ev));
            }
            if (claimDenies && !evidenceDenies && !Polarity.hedges(r)) {
                return List.of(Outcome.contradicted("negation", Severity.HIGH, "Asked \u201C" + CallEvidence.shorten(lastQuestion)
                        + "\u201D, " + CallEvidence.who(reply) + " answered \u201C" + CallEvidence.shorten(firstSentence(r))
                        + "\u201D: the call says yes, the draft says no.", ev));
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * A sentence of the answer after its "no" says the claim itself: nearly all its words, denying what the claim
     * denies ("No, the connector is included at no extra cost").
     */
    private static boolean restatesTheClaim(String claim, java.util.Set<String> claimTerms, String reply) {
        java.util.regex.Matcher no = NO_ANSWER.matcher(reply);
        String rest = no.find() ? reply.substring(no.end()) : reply;
        for (String sentence : rest.split("[;.!?]")) {
            if (!sentence.isBlank() && Polarity.denies(sentence) == Polarity.denies(claim) && claimTerms.size() >= 3
                    && Terms.coverage(claimTerms, Terms.content(sentence)) >= RESTATED) {
                return true;
            }
        }
        return false;
    }

    /** Share of the claim's words a sentence of the answer must say to be the claim restated. */
    static final double RESTATED = 0.8;

    /** The claim shares words with what the answer offers instead, words the question did not use. */
    private static boolean statesTheAlternative(java.util.Set<String> claimTerms, String question, String reply) {
        java.util.regex.Matcher no = NO_ANSWER.matcher(reply);
        String rest = no.find() ? reply.substring(no.end()) : reply;
        java.util.Set<String> offered = new java.util.HashSet<>();
        List<String> segments = new java.util.ArrayList<>();
        for (String stretch : rest.split("[;,.!?]")) {
            segments.addAll(dev.followthrough.text.SpokenClauses.split(stretch));
        }
        for (String segment : segments) {
            if (!Polarity.denies(segment)) {
                offered.addAll(Terms.content(segment)); // "No, don't book anything" offers no booking
            }
        }
        java.util.Set<String> asked = Terms.content(question);
        offered.removeAll(asked);
        offered.retainAll(claimTerms);
        // ...and does not repeat what was asked: "you can pay monthly" against "Monthly?" "No, annual billing"
        return !offered.isEmpty() && Terms.coverage(asked, claimTerms) < 0.5;
    }

    private static String lastSentence(String text) {
        List<String> s = ClaimSplitter.sentences(text.strip());
        return s.isEmpty() ? text : s.get(s.size() - 1);
    }

    private static String firstSentence(String text) {
        List<String> s = ClaimSplitter.sentences(text.strip());
        return s.isEmpty() ? text : s.get(0);
    }

}
