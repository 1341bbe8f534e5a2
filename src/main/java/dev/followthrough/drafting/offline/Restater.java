package dev.followthrough.drafting.offline;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a customer said into a sentence the rep can write back to them, changing only the point of view
 * ("we run 40 trucks" → "you run 40 trucks"). When the point of view cannot be changed safely the words are
 * quoted as said. Nothing is added to the content: every number, name and date comes from the source sentence.
 */
final class Restater {

    /** Openers that carry nothing; the second group only when set off by a comma ("right now" keeps "right"). */
    private static final Pattern FILLER = Pattern.compile(
            "(?i)^(?:(?:(?:so|yeah|yep|um+|uh+|and|but|oh|honestly|basically|actually)\\b[,.]?"
                    + "|(?:well|ok|okay|right|look|like|sure|yes|i mean|you know|great|perfect|cool|absolutely|definitely)[,.])\\s+)+");
    private static final Pattern INNER_FILLER = Pattern.compile("(?i),?\\s*\\b(?:um+|uh+|erm|er|ah+|hmm+|mm+|you know)\\b,?");
    /** A subject or a finite verb: without one the sentence is a fragment ("Four analysts, half a day each."). */
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:i|we|you|they|he|she|it|there|that|this|someone|"
            + "everyone|everybody|nobody|who|is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|"
            + "could|should|must|may|might|shall|need|needs|needed|want|wants|wanted)\\b|\\b\\p{L}{3,}ed\\b|\\b\\p{L}+'\\p{L}+\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours|yourself|yourselves|y'all)(?:'\\w+)?\\b");
    private static final Pattern FIRST_SINGULAR = Pattern.compile("(?i)\\b(i|me|my|mine|myself)\\b|\\bI(?:'|\u2019)\\w+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|[^\\p{L}']+");

    private static final Map<String, String> PLURAL_SWAP = Map.ofEntries(
            Map.entry("we", "you"), Map.entry("us", "you"), Map.entry("our", "your"), Map.entry("ours", "yours"),
            Map.entry("ourselves", "yourselves"), Map.entry("we're", "you're"), Map.entry("we've", "you've"),
            Map.entry("we'll", "you'll"), Map.entry("we'd", "you'd"));
    private static final Map<String, String> SINGULAR_SWAP = Map.ofEntries(
            Map.entry("i", "you"), Map.entry("me", "you"), Map.entry("my", "your"), Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"), Map.entry("i'm", "you're"), Map.entry("i've", "you've"),
            Map.entry("i'll", "you'll"), Map.entry("i'd", "you'd"));
    /** In a customer's words "you" is the rep, who is writing. */
    private static final Map<String, String> TO_REP = Map.of("you", "me", "your", "my", "yours", "mine",
            "yourself", "myself");
    /** Verbs that change form when "I" becomes "you". */
    private static final Map<String, String> VERB_AGREEMENT = Map.of("am", "are", "was", "were");
    private Restater() {
    }

    /** How to write the point back. */
    enum Voice { RECIPIENT, OTHER_CUSTOMER, UNVOUCHED }

    /** Removes hesitation and leading discourse markers, which carry no facts. */
    static String clean(String sentence) {
        String s = FILLER.matcher(sentence.strip()).replaceFirst("");
        s = INNER_FILLER.matcher(s).replaceAll("");
        s = s.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.!?])", "$1").strip();
        if (!s.isEmpty()) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * The point as a clause for "You mentioned that ...", or {@code null} when only a quote is safe (the sentence
     * speaks to the rep, or a speaker whose side we do not know speaks for "we"). {@code properNouns}: words the
     * call capitalises mid-sentence, which keep their capital when they open the clause.
     */
    static String asClause(String sentence, Voice voice, Set<String> properNouns) {
        if (SECOND_PERSON.matcher(sentence).find() || !CLAUSE.matcher(sentence).find()) {
            return null;
        }
        boolean singular = FIRST_SINGULAR.matcher(sentence).find();
        if (voice == Voice.UNVOUCHED || singular && voice != Voice.RECIPIENT) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(sentence.replace('\u2019', '\''));
        boolean previousWasSwappedI = false;
        boolean first = true;
        while (m.find()) {
            String token = m.group();
            if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '\'') {
                out.append(token);
                continue;
            }
            String lower = Lexicon.lower(token);
            // "US" in capitals is the country ("keep PHI in the US"), not "us"
            String swapped = token.equals("US") ? null : PLURAL_SWAP.get(lower);
            if (swapped == null && voice == Voice.RECIPIENT) {
                swapped = SINGULAR_SWAP.get(lower);
            }
            if (swapped != null) {
                previousWasSwappedI = lower.equals("i");
                out.append(first ? swapped : matchCase(token, swapped));
            } else if (previousWasSwappedI && VERB_AGREEMENT.containsKey(lower)) {
                out.append(VERB_AGREEMENT.get(lower));
                previousWasSwappedI = false;
            } else {
                previousWasSwappedI = false;
                out.append(first && keepsCase(token, properNouns) ? token : first ? lower : token);
            }
            first = false;
        }
        String clause = stripEnd(out.toString());
        // "Me, the CFO, and IT sign off" → "you, the CFO, ..." is not a clause a rep would write; quote it instead
        return clause.matches("(?i)^(you|your|yours)\\s*,.*") ? null : clause;
    }

    /**
     * A task as the customer side said it, written to the recipient: their "we/our" becomes "you/your", and
     * their "you" (the rep) becomes "me". The recipient's own "I/my" becomes "you/your"; a colleague's "I" has
     * no safe replacement, so such a task comes back unchanged.
     */
    static String shiftTask(String task, Voice voice) {
        if (voice == null || voice == Voice.UNVOUCHED
                || voice == Voice.OTHER_CUSTOMER && FIRST_SINGULAR.matcher(task).find()) {
            return task;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(task.replace('\u2019', '\''));
        while (m.find()) {
            String token = m.group();
            String lower = Lexicon.lower(token);
            String swapped = TO_REP.get(lower);
            if (swapped == null) {
                swapped = PLURAL_SWAP.get(lower);
            }
            if (swapped == null && voice == Voice.RECIPIENT) {
                swapped = SINGULAR_SWAP.get(lower);
            }
            out.append(swapped == null ? token : swapped);
        }
        return out.toString();
    }

    /** A name or an acronym keeps its capital at the start of a reported clause; an ordinary word does not. */
    private static boolean keepsCase(String token, Set<String> properNouns) {
        boolean acronym = token.length() > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym || properNouns.contains(token) || properNouns.contains(token.replaceAll("'s?$", ""));
    }

    static String stripEnd(String s) {
        return s.strip().replaceAll("[.!;:,]+$", "");
    }

    private static String matchCase(String original, String replacement) {
        if (original.length() > 1 && original.equals(original.toUpperCase()) && !original.equals("I")) {
            return replacement.toUpperCase();
        }
        return replacement;
    }
}
