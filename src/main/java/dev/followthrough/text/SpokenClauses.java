package dev.followthrough.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a long unpunctuated stretch of speech into clauses. Raw speech recognition gives "our standard is net thirty
 * i can't promise forty-five" where a transcriber writes "Our standard is net 30. I can't promise 45.", and a check
 * that takes the scope of a "not" as the stretch between punctuation then reads the first sentence as denied. A
 * clause is taken to start at a connective ("and", "but", "so", "because", "which", ...), at a filler ("yeah",
 * "okay", "um"), at a subject pronoun that does not follow a word that wants one ("what we need" stays whole) and at
 * an inverted auxiliary ("year one can we pay monthly"). Runs shorter than {@value #LONG} words, which punctuated text
 * almost always has, are left alone, unless the text has no capital letter at all. Such speech has no question marks
 * either, so {@link #isQuestion} knows a question by its form.
 */
public final class SpokenClauses {

    /** Words in a run without punctuation before it is cut; shorter runs are clauses already. */
    public static final int LONG = 20;
    /**
     * The same for text with no capital letter in it, the mark of a recogniser that neither punctuates nor
     * capitalises: there even a short run can hold two sentences ("our standard is net thirty i can't promise more").
     */
    public static final int LONG_LOWERCASE = 8;
    /** Words a piece keeps at least; a shorter one stays with the piece before it. */
    private static final int MIN_PIECE = 3;

    private static final Set<String> CONNECTIVES = Set.of("and", "but", "so", "because", "cause", "'cause", "since",
            "although", "though", "while", "whereas", "which", "then", "plus", "or", "otherwise", "anyway", "yeah",
            "okay", "ok", "um", "uh", "unless", "except", "if", "when", "once", "whether");
    private static final Set<String> SUBJECTS = Set.of("i", "we", "they", "he", "she", "i'm", "i'll", "i've", "i'd",
            "we're", "we'll", "we've", "we'd", "they're", "they'll", "they've", "he's", "she's", "it's", "that's",
            "there's", "you're", "you'll", "you've", "you'd");
    /** "you" opens a clause only before a verb that needs a subject: "you said", "you can" (not "give you a"). */
    private static final Set<String> AFTER_YOU = Set.of("can", "could", "will", "would", "should", "might", "must",
            "need", "have", "had", "want", "said", "mentioned", "asked", "know", "get", "guys", "are", "were", "do",
            "don't", "did", "didn't", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", "hadn't", "aren't",
            "weren't", "may", "needn't");
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|\\d[\\d,.]*)";
    private static final Set<String> AUXILIARIES = Set.of("can", "could", "do", "does", "did", "is", "are", "was",
            "were", "will", "would", "should", "shall", "have", "has", "can't", "don't", "doesn't", "won't", "isn't",
            "aren't");
    private static final Set<String> INVERTED = Set.of("we", "you", "i", "they", "it", "there", "he", "she");
    /** Words after which a pronoun continues the clause ("what we need", "thank you"), besides the connectives. */
    private static final Set<String> WANTS_A_CLAUSE = Set.of("that", "what", "where", "who", "whom", "whose", "how",
            "why", "as", "than", "until", "before", "after", "think", "thought", "guess", "mean", "suppose",
            "believe", "hope", "know", "knew", "sure", "said", "says", "say", "tell", "told", "thank", "thanks",
            "let", "let's", "make", "see", "saw", "heard", "feel", "felt", "means", "like", "do", "does", "did",
            "can", "could", "will", "would", "should", "might", "may", "must", "is", "are", "was", "were", "to",
            "for", "of", "with", "about", "by", "from", "at", "on", "in", "the", "a", "an", "not", "no", "yes",
            "wish", "bet", "assume", "reckon", "doubt", "realize", "realise", "confirm", "agree", "promise",
            "expect", "understand", "noticed", "notice", "even", "whatever", "where's");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\d']+|[^\\p{L}\\d']+$");
    private static final Pattern END_MARKS = Pattern.compile("[.!]+$");
    private static final Pattern CLOSING = Pattern.compile("[\"'’”)\\]]+$");

    private SpokenClauses() {
    }

    /**
     * {@code text} cut into clauses inside each long run of words without punctuation; a text without such a run
     * comes back whole. The pieces keep their words and order: joined with spaces they give the text back, white
     * space aside.
     */
    public static List<String> split(String text) {
        String[] words = SPACE.split(text.strip());
        int longRun = text.chars().anyMatch(Character::isUpperCase) ? LONG : LONG_LOWERCASE;
        if (words.length < longRun) {
            return List.of(text);
        }
        boolean[] cut = new boolean[words.length];
        boolean any = false;
        int runStart = 0;
        for (int i = 0; i < words.length; i++) {
            boolean runEnds = i + 1 == words.length || endsWithPunctuation(words[i]);
            if (runEnds) {
                if (i + 1 - runStart >= longRun) {
                    int last = runStart;
                    for (int k = runStart + MIN_PIECE; k <= i + 1 - MIN_PIECE; k++) {
                        if (k - last >= MIN_PIECE && opensClause(words, k)) {
                            cut[k] = true;
                            last = k;
                            any = true;
                        }
                    }
                }
                runStart = i + 1;
            }
        }
        if (!any) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (cut[i]) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(words[i]);
        }
        out.add(piece.toString());
        return out;
    }

    private static final Pattern ASKS = Pattern.compile("^(?:(?:and|so|but|um|uh|"
            + "okay|ok|also|then|just|quick question)\\s+)*(?:(?:can|could|do|does|did|is|are|was|were|will|would|should|"
            + "have|has|shall|may|might)(?:n't)?\\s+(?:we|you|i|it|they|there|that|this|these|those|he|she|your|our|the)"
            + "\\b|(?:what|how) about\\b|(?:what|when|where|which|who|why|how)\\s+(?:is|are|was|were|do|does|did|can|"
            + "could|will|would|should)\\b)|\\b(?:is that (?:right|correct)|or not)\\s*$");

    /**
     * A question, by its mark or, in speech written without capitals or question marks, by its form: "can we pay
     * monthly", "so what about the portal", "the portal is included or not".
     */
    public static boolean isQuestion(String clause) {
        String c = clause.strip();
        if (c.endsWith("?")) {
            return true;
        }
        if (c.contains("?") || c.chars().anyMatch(Character::isUpperCase)) {
            return false;
        }
        return ASKS.matcher(END_MARKS.matcher(c).replaceAll("").replace('’', '\'')).find();
    }

    private static boolean endsWithPunctuation(String word) {
        String w = CLOSING.matcher(word).replaceAll("");
        return !w.isEmpty() && ",;:.!?".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    private static boolean opensClause(String[] words, int i) {
        String w = bare(words[i]);
        String before = bare(words[i - 1]);
        if (CONNECTIVES.contains(w)) {
            // "and so" opens one clause, not two; "two hundred and fifty" is one number
            return !CONNECTIVES.contains(before) && !(w.equals("and") && before.matches(NUMBER_WORD)
                    && i + 1 < words.length && bare(words[i + 1]).matches(NUMBER_WORD + "|a|an|half"));
        }
        if (WANTS_A_CLAUSE.contains(before) || CONNECTIVES.contains(before)) {
            return false;
        }
        if (SUBJECTS.contains(w)) {
            return true;
        }
        if (AUXILIARIES.contains(w) && i + 1 < words.length && INVERTED.contains(bare(words[i + 1]))) {
            return true; // "year one can we pay monthly": an inverted auxiliary starts a question
        }
        return w.equals("you") && i + 1 < words.length && AFTER_YOU.contains(bare(words[i + 1]));
    }

    private static String bare(String word) {
        return EDGES.matcher(word.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("");
    }
}
