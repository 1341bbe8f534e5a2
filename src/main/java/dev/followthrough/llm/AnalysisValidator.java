package dev.followthrough.llm;

import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the model's answer against the transcript it was given (still masked): every action item cites
 * utterances that exist with words that really are in them. The errors are worded for the model, which gets
 * them back on the one retry.
 */
final class AnalysisValidator {

    private AnalysisValidator() {
    }

    static List<String> validate(RawAnalysis a, Transcript masked) {
        List<String> errors = new ArrayList<>();
        if (a.draft() == null || blank(a.draft().subject()) || blank(a.draft().body())) {
            errors.add("\"draft\" must have a non-empty \"subject\" and \"body\"");
        }
        for (int i = 0; i < a.actionItems().size(); i++) {
            RawAnalysis.Item item = a.actionItems().get(i);
            String where = "actionItems[" + i + "]";
            if (item == null || blank(item.task())) {
                errors.add(where + " has no \"task\"");
                continue;
            }
            if (!blank(item.dueDate()) && parseDate(item.dueDate()).isEmpty()) {
                errors.add(where + ".dueDate \"" + item.dueDate() + "\" is not a YYYY-MM-DD date or null");
            }
            if (item.evidence().isEmpty()) {
                errors.add(where + " (\"" + item.task() + "\") cites no utterance");
            }
            for (RawAnalysis.Cite c : item.evidence()) {
                Optional<Utterance> u = c == null || c.utteranceId() == null ? Optional.empty()
                        : masked.byId(cleanId(c.utteranceId()));
                if (u.isEmpty()) {
                    errors.add(where + " cites utterance \"" + (c == null ? null : c.utteranceId())
                            + "\", which does not exist");
                } else if (blank(c.quote()) || !contains(u.get().text(), c.quote())) {
                    errors.add(where + " quotes \"" + (c.quote() == null ? "" : c.quote()) + "\", which is not in "
                            + u.get().id() + " (" + u.get().id() + " says: \"" + u.get().text() + "\")");
                }
            }
        }
        return errors;
    }

    /** "u3", " u3", "[u3]" all name utterance u3; the model copies ids from lines that start "[u3 00:00:31]". */
    static String cleanId(String id) {
        return id.strip().replaceAll("^\\[|]$", "").strip();
    }

    static Optional<LocalDate> parseDate(String s) {
        if (blank(s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code quote} is in {@code text}, ignoring case, spacing, typographic quotes and edge punctuation. */
    static boolean contains(String text, String quote) {
        String q = normalise(quote).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return !q.isEmpty() && normalise(text).contains(q);
    }

    /**
     * The words of {@code text} that {@code quote} matches under {@link #contains}, exactly as they stand in the
     * text (so the citation can be highlighted); {@code quote} itself when no such span is found.
     */
    static String exactSpan(String text, String quote) {
        StringBuilder norm = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isWhitespace(c)) {
                if (!space) {
                    origin[norm.length()] = i;
                    norm.append(' ');
                }
                space = true;
            } else {
                origin[norm.length()] = i;
                norm.append(c);
                space = false;
            }
        }
        StringBuilder q = new StringBuilder();
        for (char c : quote.strip().toCharArray()) {
            q.append(fold(c));
        }
        String needle = q.toString().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        int at = needle.isEmpty() ? -1 : norm.indexOf(needle);
        if (at < 0) {
            return quote.strip();
        }
        return text.substring(origin[at], origin[at + needle.length() - 1] + 1);
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-')
                .replace("\u2026", "...");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
