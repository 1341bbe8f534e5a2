package dev.followthrough.extraction.offline;

import java.util.regex.Pattern;

/**
 * How a sentence frames what it says: hedged ("maybe I'll..."), hypothetical ("if we went with..., we would..."),
 * routine ("every Monday my team..."), conditional ("we can do 10 percent if you sign by December"), or inside
 * another clause ("what we'll make", "...so we can have the review"). Framed that way, a sentence with the shape of
 * a promise commits nobody.
 */
final class Framing {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOS = "['’]";

    private static final Pattern HEDGE = Pattern.compile("\\b(?:maybe|might|perhaps|possibly|not\\s+sure|someday|some\\s+day"
            + "|at\\s+some\\s+point|eventually|if\\s+at\\s+all|we" + APOS + "ll\\s+see|not\\s+yet|no\\s+promises"
            + "|can" + APOS + "t\\s+promise|don" + APOS + "t\\s+know\\s+if|hard\\s+to\\s+say|in\\s+theory)\\b", FLAGS);
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if\\s+(?:we|you|they|i|it)\\s+(?:were|went|had|did"
            + "|decided|chose|wanted|could)|would|" + APOS + "d\\s+(?!be\\s+happy)|suppose|supposing|imagine|hypothetically"
            + "|in\\s+case|unless)\\b", FLAGS);
    private static final Pattern HABITUAL = Pattern.compile("\\b(?:every|each)\\s+(?:single\\s+)?(?:day|morning|afternoon|evening"
            + "|night|week|weekend|month|quarter|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shift|cycle"
            + "|sprint|season)\\b|\\b(?:usually|normally|typically|generally|always|routinely|habitually|traditionally|regularly"
            + "|nowadays|these\\s+days|most\\s+(?:days|weeks|months|mornings|of\\s+the\\s+time)|tend\\s+to|used\\s+to)\\b"
            + "|\\bon\\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|weekends)\\b", FLAGS);
    /** A promise about the future; a routine said with one ("every week I'll send you...") is still a promise. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:i|we)(?:" + APOS + "ll|\\s+will|" + APOS + "m\\s+going\\s+to|\\s+am\\s+going"
            + "\\s+to|" + APOS + "re\\s+going\\s+to|\\s+are\\s+going\\s+to|" + APOS + "m\\s+gonna|" + APOS + "re\\s+gonna)\\b", FLAGS);
    /** A condition on the offer: "if we sign by December", "as long as...", "on a three-year term". */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|as\\s+long\\s+as|so\\s+long\\s+as|provided|providing|assuming"
            + "|on\\s+condition|in\\s+exchange|in\\s+return|only\\s+when|subject\\s+to)\\b|\\b(?:on|with|for)\\s+an?\\s+[\\w-]+[\\s-]"
            + "(?:year|month)\\s+(?:term|contract|deal|commitment|agreement|renewal)\\b", FLAGS);
    /** "If you send it over, we will...": the promise hangs on something the other side has not done. */
    private static final Pattern LEADING_CONDITION = Pattern.compile("^\\W*(?:(?:so|and|but|okay|ok|well|now|then)\\W+)*(?:if|as\\s+long"
            + "\\s+as|provided|providing|assuming|in\\s+case|should\\s+you)\\b", FLAGS);
    /** "...spreadsheets so we can have the review": a purpose clause, not an offer. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)(?<!\\band)(?<!\\bbut)(?<!\\bokay)(?<!\\bok)[\\p{L}\\d]\\s+so(?:\\s+that)?\\s+$");
    private static final Pattern SUBORDINATOR = Pattern.compile("(?i)\\b(?:if|whether|what|when|how|where|why|which|who"
            + "|unless|once|because|cause|since|until|whatever|whenever|though|although|like)\\W*$");

    private Framing() {
    }

    static boolean hedged(String sentence) {
        return HEDGE.matcher(sentence).find();
    }

    static boolean hypothetical(String sentence) {
        return HYPOTHETICAL.matcher(sentence).find();
    }

    /** A routine described, unless it is also promised for the future ("every week I'll send you..."). */
    static boolean routine(String sentence) {
        return HABITUAL.matcher(sentence).find() && !FUTURE.matcher(sentence).find();
    }

    /** The sentence puts a condition on it: "if...", "as long as...", "on a three-year term". */
    static boolean conditioned(String sentence) {
        return CONDITION.matcher(sentence).find();
    }

    /** "...spreadsheets so we can...": the subject at {@code subjectStart} opens a purpose clause. */
    static boolean purpose(String sentence, int subjectStart) {
        return PURPOSE.matcher(sentence.substring(0, subjectStart)).find();
    }

    /** "if we're gonna buy...", "what we'll make": the subject sits inside a condition or a question word's clause. */
    static boolean subordinate(String sentence, int subjectStart) {
        return SUBORDINATOR.matcher(sentence.substring(0, subjectStart)).find();
    }

    /** "If you send it over, we will return it": a condition is said before the subject at {@code subjectStart}. */
    static boolean conditional(String sentence, int subjectStart) {
        return LEADING_CONDITION.matcher(sentence.substring(0, subjectStart)).find();
    }
}
