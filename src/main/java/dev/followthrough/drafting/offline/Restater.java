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

    private static final Pattern FILLER = Pattern.compile(
            "(?i)^(?:(?:so|yeah|yes|yep|well|um+|uh+|ok|okay|right|honestly|look|and|but|i mean|you know|like|oh|"
                    + "basically|actually|sure)\\b[,.]?\\s+)+");
    private static final Pattern INNER_FILLER = Pattern.compile("(?i),?\\s*\\b(?:um+|uh+|erm|you know)\\b,?");
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
    /** Verbs that change form when "I" becomes "you". */
    private static final Map<String, String> VERB_AGREEMENT = Map.of("am", "are", "was", "were");
    /** Words that can start a reported clause in lower case; anything else (a name, an acronym) keeps its case. */
    private static final Set<String> LOWERABLE = Set.of("the", "a", "an", "it", "it's", "that", "this", "there",
            "there's", "these", "those", "right", "most", "some", "all", "every", "each", "our", "one", "two", "half",
            "about", "around", "roughly", "probably", "currently", "today", "last", "next", "budget", "pricing",
            "security", "legal", "procurement", "timing", "getting", "having", "what", "if", "once", "before",
            "after", "without", "with", "for", "in", "on", "at", "by", "to", "we", "you", "your", "they", "their",
            "nobody", "everyone", "anything", "nothing", "any", "no", "not", "only", "just", "even", "really");

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
     * speaks to the rep, or a speaker whose side we do not know speaks for "we").
     */
    static String asClause(String sentence, Voice voice) {
        if (SECOND_PERSON.matcher(sentence).find()) {
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
            String swapped = PLURAL_SWAP.get(lower);
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
                out.append(first && LOWERABLE.contains(lower) ? lower : token);
            }
            first = false;
        }
        return stripEnd(out.toString());
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
