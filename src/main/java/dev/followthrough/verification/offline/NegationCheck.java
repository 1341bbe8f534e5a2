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
            "^(no|nope|nah|not (yet|really|quite|at the moment|right now)|unfortunately|sadly|we (haven['’]t|don['’]t|"
                    + "can['’]t|aren['’]t|won['’]t)|it (isn['’]t|wasn['’]t|doesn['’]t)|i (don['’]t|haven['’]t|can['’]t))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_ANSWER = Pattern.compile(
            "^(yes|yeah|yep|yup|correct|right|exactly|absolutely|definitely|sure|it is|we have|we do|we are|we can|"
                    + "that['’]s (right|correct))\\b", Pattern.CASE_INSENSITIVE);

    private final double minCosine;
    private final double minCoverage;

    NegationCheck(double minCosine, double minCoverage) {
        this.minCosine = minCosine;
        this.minCoverage = minCoverage;
    }

    private static final Pattern FRAGMENT = Pattern.compile(
            "[,;:()]\\s*|\\s+(?=(?:and|but|so|since|because|although|though|while|whereas|which|as|plus)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?i)(and|but|so|since|because|although|though|while|whereas|which|as|plus)\\s+");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (claim.fromSubject()) {
            return List.of();
        }
        // A compound sentence can be right in one part and reversed in another, so each part is aligned on its own.
        List<String> parts = new java.util.ArrayList<>();
        parts.add(claim.text());
        for (String f : FRAGMENT.split(claim.text())) {
            String p = LEADING_CONNECTIVE.matcher(f.strip()).replaceFirst("");
            if (!p.equals(claim.text()) && call.claimTerms(p).size() >= 2) {
                parts.add(p);
            }
        }
        for (String part : parts) {
            List<Outcome> out = checkPart(part, call);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private List<Outcome> checkPart(String text, CallEvidence call) {
        if (call.claimTerms(text).size() < 2) {
            return List.of();
        }
        Claim claim = Claim.ofDraft(text, text);
        CallEvidence.Aligned a = call.align(claim.text(), call.search(claim.text(), 5));
        if (a == null || a.coverage() < minCoverage || a.cosine() < minCosine) {
            return List.of();
        }
        String clause = a.clause();
        java.util.Set<String> claimTerms = call.claimTerms(claim.text());
        boolean evidenceDenies = Polarity.deniesAbout(clause, claimTerms);
        String evidenceText = clause;
        Utterance answerBy = null;
        if (clause.strip().endsWith("?")) {
            Utterance next = call.next(a.utterance());
            if (next == null || next.speaker() == null || next.speaker().equals(a.utterance().speaker())) {
                return List.of();
            }
            String reply = next.text().strip().toLowerCase(Locale.ROOT);
            evidenceDenies = Polarity.denies(clause);
            if (NO_ANSWER.matcher(reply).find()) {
                evidenceDenies = !evidenceDenies;
            } else if (!YES_ANSWER.matcher(reply).find()) {
                return List.of(); // an unanswered question confirms nothing either way; the general check decides
            }
            answerBy = next;
            evidenceText = next.text();
        }
        boolean claimDenies = Polarity.deniesAbout(claim.text(), Terms.content(evidenceText));
        Utterance speaker = answerBy != null ? answerBy : a.utterance();
        List<dev.followthrough.core.Evidence> ev = answerBy != null
                ? List.of(CallEvidence.cite(a.utterance(), clause), CallEvidence.cite(answerBy))
                : List.of(CallEvidence.cite(a.utterance(), clause));
        if (evidenceDenies && !claimDenies && !Polarity.hedges(claim.text())) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(speaker) + " said \u201C"
                    + shorten(evidenceText) + "\u201D: the call says no, the draft says yes.", ev));
        }
        if (claimDenies && !evidenceDenies && !Polarity.hedges(evidenceText)) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(speaker) + " said \u201C"
                    + shorten(evidenceText) + "\u201D: the call says yes, the draft says no.", ev));
        }
        String[] flip = Polarity.antonymPair(claim.text(), evidenceText);
        if (flip != null && claimDenies == evidenceDenies) {
            return List.of(Outcome.contradicted("negation", Severity.HIGH, CallEvidence.who(speaker) + " said \u201C"
                    + flip[1] + "\u201D, the draft says \u201C" + flip[0] + "\u201D.", ev));
        }
        return List.of();
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
