package dev.followthrough.drafting.offline;

import java.util.List;

/** Finds where the sign-off block (closing word plus signature) begins at the bottom of an email body. */
final class SignOffFinder {

    /** A signature never runs longer than this many non-blank lines below the closing word. */
    private static final int MAX_BLOCK = 7;

    private SignOffFinder() {
    }

    /** Index of the closing line in {@code body}, or -1 when the email has no recognisable sign-off. */
    static int find(List<String> body) {
        int seen = 0;
        int candidate = -1;
        for (int i = body.size() - 1; i >= 0 && seen < MAX_BLOCK; i--) {
            String line = body.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (!isSignatureLike(line)) {
                break;
            }
            if (isCloser(line)) {
                candidate = i;
            }
        }
        if (candidate >= 0) {
            return candidate;
        }
        return lastShortParagraph(body);
    }

    /** A closing word: "Thanks," "Best," "Kind regards," "Cheers!" "Talk soon -". */
    static boolean isCloser(String line) {
        String l = Lexicon.lower(line.strip()).replaceAll("[,.!\u2014-]+\\s*$", "").strip();
        if (Lexicon.CLOSERS.contains(l)) {
            return true;
        }
        for (String closer : Lexicon.CLOSERS) {
            // "Thanks again, Jordan!" or "Best, Max" on one line
            if (l.startsWith(closer + ",") && Lexicon.words(l) <= closer.split(" ").length + 2) {
                return true;
            }
        }
        return false;
    }

    /** Short, no sentence of prose: a name, a title, a phone line, a company line. */
    private static boolean isSignatureLike(String line) {
        int words = Lexicon.words(line);
        if (words > 12 || line.endsWith("?")) {
            return false;
        }
        boolean sentence = line.matches(".*[.!]$") && words > 3;
        return !sentence || Lexicon.hasContactInfo(line);
    }

    /**
     * Reps without a closing word often end with a last paragraph of just their name ("- Max", "Max"): take that
     * paragraph when every line of it is very short.
     */
    private static int lastShortParagraph(List<String> body) {
        int end = body.size() - 1;
        while (end >= 0 && body.get(end).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !body.get(start - 1).isBlank()) {
            start--;
        }
        if (start <= 0 || end - start >= 3) {
            return -1;
        }
        for (int i = start; i <= end; i++) {
            String line = body.get(i).strip();
            if (Lexicon.words(line) > 3 && !Lexicon.hasContactInfo(line) || line.matches(".*[.?]$")) {
                return -1;
            }
        }
        return start;
    }
}
