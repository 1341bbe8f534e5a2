package dev.followthrough.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences at ".", "!", "?" (and runs of them) followed by white space, and at blank lines.
 * It does not split after common abbreviations ("Mr.", "Dr.", "Inc.", "e.g.", "i.e.", "vs.", "approx.", month
 * abbreviations), single-letter initials ("J. Smith"), inside numbers ("1.5", "v2.0") or after an ellipsis
 * followed by a lower-case word ("so... we could"). Spoken transcripts are often lower-case, so a lower-case
 * word after a full stop still starts a new sentence.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc",
            "ltd", "co", "corp", "llc", "plc", "gmbh", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx", "est", "dept",
            "vol", "fig", "cf", "al", "a.m", "p.m", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "ph.d",
            "ref", "attn", "ext", "tel");

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed, empty ones dropped; a text without terminal punctuation is one sentence. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int begin = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAt(text, i)) {
                add(out, text.substring(begin, i));
                begin = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i;
                while (j + 1 < n && ".!?".indexOf(text.charAt(j + 1)) >= 0) {
                    j++;
                }
                int k = j + 1;
                while (k < n && "\"')]”’".indexOf(text.charAt(k)) >= 0) {
                    k++;
                }
                if ((k >= n || Character.isWhitespace(text.charAt(k))) && isBoundary(text, i, j, k)) {
                    add(out, text.substring(begin, k));
                    begin = k;
                }
                i = k;
                continue;
            }
            i++;
        }
        add(out, text.substring(begin));
        return out;
    }

    private static boolean blankLineAt(String text, int i) {
        int k = i + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\n';
    }

    /** {@code i..j} is a run of terminal punctuation ending before {@code k} (white space or end of text). */
    private static boolean isBoundary(String text, int i, int j, int k) {
        char first = text.charAt(i);
        if (first != '.' || j > i) {
            if (j - i >= 2 && text.charAt(i) == '.' && nextWordIsLowerCase(text, k)) {
                return false; // "so... we could": a trailing-off pause, not an end
            }
            return true;
        }
        int w = i - 1;
        while (w >= 0 && !Character.isWhitespace(text.charAt(w)) && "\"'(“‘".indexOf(text.charAt(w)) < 0) {
            w--;
        }
        String word = text.substring(w + 1, i).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (ABBREVIATIONS.contains(word) || (word.equals("no") && nextIsDigit(text, k))) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(text.charAt(i - 1))) {
            return false; // an initial: "J. Smith"
        }
        return true;
    }

    private static boolean nextIsDigit(String text, int k) {
        int p = k;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < text.length() && Character.isDigit(text.charAt(p));
    }

    private static boolean nextWordIsLowerCase(String text, int k) {
        int p = k;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < text.length() && Character.isLowerCase(text.charAt(p));
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
