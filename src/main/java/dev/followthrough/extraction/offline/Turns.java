package dev.followthrough.extraction.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateExpressions;
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
            + "\\s+thought|no\\b)");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^(send|share|forward|get|email|deliver|provide"
            + "|review|check|sign|finish|complete|prepare|update|fix|submit|circulate|upload|include|bring|return|approve"
            + "|read|test|file|process|countersign|distribute|present|deliver|pass|hand|dig|pull|find|book|schedule)\\s+(it|that|this)"
            + "(?=\\s*$|[,.]|\\s+(?:to|over|by|for|with|on|in|out|up|back|across|along|after|before|when|once|as)\\b)");
    private static final Pattern NOUN_PHRASE = Pattern.compile("(?i)\\b(?:the|your|our|a|an|that|those|these|any)\\s+(?:own\\s+)?"
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
            return new Reply(k, rs.get(0), CommitmentRules.accepts(rs.get(0)), CommitmentRules.promises(opening));
        }
        return null;
    }

    /** The deadline of a sentence: its last date (later words correct earlier ones), or a correction right after it. */
    static DateMention dueIn(String s, List<String> sentences, int j, Utterance u, List<Evidence> evidence,
                                     LocalDate meeting) {
        DateMention due = lastDate(s, meeting);
        if (j + 1 < sentences.size()) {
            String next = sentences.get(j + 1);
            DateMention corrected = lastDate(next, meeting);
            if (corrected != null && (CORRECTION.matcher(next).find() || next.split("\\s+").length <= 6)) {
                evidence.add(Evidence.of(u, next));
                due = corrected;
            }
        }
        return due;
    }

    static DateMention lastDate(String s, LocalDate meeting) {
        if (meeting == null) {
            return null;
        }
        List<DateMention> all = DateExpressions.find(s, meeting);
        for (int k = all.size() - 1; k >= 0; k--) {
            if (!all.get(k).date().isBefore(meeting)) {
                return all.get(k); // a date before the meeting is about the past, not a deadline
            }
        }
        return null;
    }

    /** "Send it over" after "do you have a SOC 2 report?" becomes "Send the SOC 2 report over". */
    static String resolvePronoun(String task, List<Utterance> us, int i) {
        var m = PRONOUN_OBJECT.matcher(task);
        if (!m.find()) {
            return task;
        }
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            String text = us.get(k).text();
            String phrase = null;
            var np = NOUN_PHRASE.matcher(k == i ? text.substring(0, Math.max(0, text.indexOf(m.group(2)))) : text);
            while (np.find()) {
                phrase = np.group(1);
            }
            if (phrase != null && !phrase.matches("(?i).*\\b(?:call|meeting|time|way|thing|question|point|moment|bit|"
                    + "lot|day|week|month|idea|end|one|part|case|same|kind|sort)\\b.*")) {
                return m.group(1) + " the " + phrase + task.substring(m.end());
            }
        }
        return task;
    }

}
