package dev.followthrough.drafting.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and patterns shared by the profiler and the drafter. English only, like the rest of the offline engine. */
final class Lexicon {

    private Lexicon() {
    }

    static final Set<String> SALUTATIONS = Set.of("hi", "hello", "hey", "heya", "hiya", "dear", "good", "morning",
            "afternoon", "evening", "greetings", "yo", "howdy");

    /** Capitalised words in a greeting that address a group, not a person. */
    static final Set<String> GROUP_WORDS = Set.of("team", "all", "everyone", "folks", "everybody", "there", "guys",
            "y'all", "both", "friends", "sir", "madam");

    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "mx");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow",
            "tonight", "yesterday", "weekend", "eod", "eow");

    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in",
            "on", "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "it", "its", "it's", "this", "that", "these", "those", "i", "me", "my", "we", "us", "our", "you", "your",
            "he", "she", "they", "them", "their", "his", "her", "do", "does", "did", "have", "has", "had", "will",
            "would", "can", "could", "should", "just", "also", "too", "very", "not", "no", "up", "out", "about",
            "any", "all", "some", "what", "which", "who", "when", "where", "how", "there", "here", "than", "then",
            "into", "over", "again", "i'm", "i'll", "we're", "we'll", "you're", "let's", "that's");

    /** Closing words of a sign-off block, lower-case, without punctuation. */
    static final List<String> CLOSERS = List.of("best", "best regards", "kind regards", "warm regards", "regards",
            "warmly", "cheers", "thanks", "thank you", "thanks again", "many thanks", "thanks so much", "sincerely",
            "yours sincerely", "yours truly", "respectfully", "all the best", "talk soon", "speak soon", "take care",
            "with thanks", "with appreciation", "appreciate it", "thx", "ttyl", "later", "best wishes", "warm wishes",
            "have a great day", "have a great week", "have a good one", "onward", "onwards");

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|io|net|org|co|ai|app|dev)(?:/\\S*)?\\b");
    static final Pattern PHONE = Pattern.compile("(?<![\\w.])(?:\\+?\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{2,4}[ .-])\\d{3,4}[ .-]?\\d{3,4}(?![\\w.])");

    static final Pattern BULLET = Pattern.compile("^\\s*([-*\u2022\u2013\u2014\u25aa\u25e6>]|\\d{1,2}[.)])\\s+\\S.*");

    /** Sentence ends, not fooled by decimals ("2.5"), initials or the usual abbreviations. */
    static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|vs|etc|approx|e\\.g|i\\.e|[A-Z])\\.)[\"')\\]]*\\s+(?=[\"'(\\[]?[A-Z0-9])");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isDateWord(String token) {
        String t = lower(stripPunct(token));
        return MONTHS.contains(t) || WEEKDAYS.contains(t) || t.matches("q[1-4]|\\d{1,2}(st|nd|rd|th)");
    }

    static String stripPunct(String token) {
        return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    static boolean hasContactInfo(String text) {
        return EMAIL.matcher(text).find() || URL.matcher(text).find() || PHONE.matcher(text).find();
    }

    static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text.strip()));
    }
}
