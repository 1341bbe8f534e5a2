package dev.followthrough.extraction.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateMention;
import dev.followthrough.text.InjectionSignals;
import dev.followthrough.text.Sentences;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reading around a commitment: the other side's answer, the deadline and its corrections, what "it" was. */
final class Turns {

    private static final int LOOKAHEAD = 4;
    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(?:no,?\\s+)?(?:wait|sorry|actually|make\\s+that"
            + "|rather|i\\s+mean|scratch\\s+that|correction|let's\\s+say|let's\\s+make\\s+it|or\\s+rather|on\\s+second"
            + "\\s+thought)");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^(send|share|forward|get|email|deliver|provide"
            + "|review|check|sign|finish|complete|prepare|update|fix|submit|circulate|upload|include|bring|return|approve"
            + "|read|test|file|process|countersign|distribute|present|deliver|pass|hand|dig|pull|find|book|schedule)\\s+(it|that|this"
            + "|them|those|these)"
            + "(?=\\s*$|[,.]|\\s+(?:to|over|by|for|with|on|in|out|up|back|across|along|after|before|when|once|as)\\b)");
    private static final Pattern NOUN_PHRASE = Pattern.compile("(?i)\\b(?:the|your|our|a|an|those|these|any)\\s+(?:own\\s+)?"
            + "((?:[\\p{L}\\d'’-]+\\s+){0,3}?[\\p{L}\\d-]{3,})(?=\\s*(?:[?.!,]|$|\\s+(?:for|to|from|with|by|on|over|that|which"
            + "|you|we|i|before|after|when|if|so|and)\\b))");

    private Turns() {
    }

    record Reply(int index, String sentence, boolean accepted, boolean promised) {
    }

    /** The first answer by someone else (by {@code expected} if given) within the next few turns. */
    static Reply reply(List<Utterance> us, int i, String expected) {
        String asker = us.get(i).speaker();
        for (int k = i + 1; k < Math.min(us.size(), i + 1 + LOOKAHEAD); k++) {
            Utterance r = us.get(k);
            if (r.speaker() == null || Objects.equals(r.speaker(), asker)) {
                continue;
            }
            if (expected != null && !expected.equalsIgnoreCase(r.speaker())) {
                continue;
            }
            if (InjectionSignals.looksLikeInstruction(r.text())) {
                return null;
            }
            List<String> rs = Sentences.split(r.text());
            if (rs.isEmpty()) {
                continue;
            }
            String opening = rs.size() > 1 ? rs.get(0) + " " + rs.get(1) : rs.get(0);
            return new Reply(k, rs.get(0), Answers.accepts(rs.get(0)), Answers.promises(opening));
        }
        return null;
    }

    /** Turn {@code i} answers a question or request the other side just put ("could you...?" "I can do that"). */
    static boolean answersRequest(List<Utterance> us, int i) {
        String self = us.get(i).speaker();
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            Utterance prev = us.get(k);
            if (prev.speaker() != null && !Objects.equals(prev.speaker(), self)) {
                String t = prev.text().strip();
                return t.endsWith("?") || ASKING.matcher(t).find();
            }
        }
        return false;
    }

    private static final Pattern ASKING = Pattern.compile("(?i)\\b(?:can|could|would|will)\\s+you\\b|\\bplease\\b"
            + "|\\b(?:i|we)(?:['’]d|\\s+would)\\s+(?:like|love|need)\\b|\\b(?:need|want)\\s+you\\s+to\\b");

    /** The deadline of a sentence: its last date (later words correct earlier ones), or a correction right after it. */
    static DateMention dueIn(String s, List<String> sentences, int j, Utterance u, List<Evidence> evidence,
                                     LocalDate meeting) {
        DateMention due = lastDate(s, meeting);
        // a correction may take several short sentences: "On Monday. No, wait, Monday's the holiday. Tuesday."
        for (int k = j + 1; (due != null || k == j + 1) && k < Math.min(sentences.size(), j + 1 + LOOKAHEAD); k++) {
            String next = sentences.get(k);
            DateMention corrected = lastDate(next, meeting);
            if (corrected == null || !(CORRECTION.matcher(next).find() || next.split("\\s+").length <= 6)) {
                break;
            }
            evidence.add(Evidence.of(u, next));
            due = corrected;
        }
        return due;
    }

    /**
     * The deadline said in {@code s} ({@link Deadlines#dateOf}). A routine or a date counted from an event still
     * counts here, as words of timing that make a commitment real; the item drops it as a due date afterwards.
     */
    static DateMention lastDate(String s, LocalDate meeting) {
        return Deadlines.dateOf(s, meeting);
    }

    private static final Pattern HAVE_DONE = Pattern.compile("(?i)^have\\s+(it|that|this|them|those|these|(?:the|a|an|our|your"
            + "|my|both|all)\\s[^,]{1,60}?)\\s+(done|finished|complete|completed|ready|prepared|signed|sent|over|back|to\\s+(?=\\S))\\s*");

    /** "Have them done", "have it to you": the work is finishing or sending the thing, so say that. */
    private static String haveDone(String task) {
        var m = HAVE_DONE.matcher(task);
        if (!m.find()) {
            return task;
        }
        String how = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String verb = switch (how) {
            case "ready", "prepared" -> "Prepare";
            case "signed" -> "Sign";
            case "sent", "over", "back" -> "Send";
            default -> how.startsWith("to") ? "Send" : "Finish";
        };
        String rest = task.substring(m.end()).strip();
        String tail = how.startsWith("to") ? " to " + rest : how.equals("back") ? " back" + (rest.isEmpty() ? "" : " " + rest)
                : rest.isEmpty() ? "" : " " + rest;
        return verb + " " + m.group(1) + tail.stripTrailing();
    }

    /**
     * Where the pronoun of "return it" stands in the utterance, as a whole word ("it" inside "security" is not it):
     * the noun it stands for was said before that point.
     */
    private static int pronounAt(String text, String verb, String pronoun) {
        var exact = Pattern.compile("(?i)\\b" + Pattern.quote(verb) + "\\w*\\s+" + Pattern.quote(pronoun) + "\\b").matcher(text);
        if (exact.find()) {
            return exact.start();
        }
        var word = Pattern.compile("(?i)\\b" + Pattern.quote(pronoun) + "\\b").matcher(text);
        int at = 0;
        while (word.find()) {
            at = word.start();
        }
        return at;
    }

    /** "Send it over" after "do you have a SOC 2 report?" becomes "Send the SOC 2 report over". */
    static String resolvePronoun(String said, List<Utterance> us, int i) {
        String task = haveDone(said);
        var m = PRONOUN_OBJECT.matcher(task);
        if (!m.find()) {
            return task;
        }
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            String text = us.get(k).text();
            String phrase = null;
            var np = NOUN_PHRASE.matcher(k == i ? text.substring(0, pronounAt(text, m.group(1), m.group(2))) : text);
            boolean plural = m.group(2).matches("(?i)them|those|these");
            while (np.find()) {
                // "them" stands for a plural ("the two quotes"), "it" for a singular
                if (plural == np.group(1).matches("(?i).*[^s]s")) {
                    phrase = np.group(1);
                }
            }
            if (phrase != null && !phrase.matches("(?i).*\\b(?:call|meeting|time|way|thing|question|point|moment|bit|"
                    + "lot|day|week|month|idea|end|one|part|case|same|kind|sort)\\b.*")) {
                phrase = phrase.replaceFirst("(?i)\\s+(?:today|tomorrow|tonight|now|then|first|again|too|also|soon)$", "");
                return m.group(1) + " the " + phrase + task.substring(m.end());
            }
        }
        return task;
    }

}
