package dev.followthrough.drafting.offline;

import dev.followthrough.drafting.StyleProfile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Learns the fixed part of a rep's subject lines: the words most subjects start (or end) with, the rest being the
 * deal ("Recap + next steps: Acme" and "Recap + next steps: Globex" give "Recap + next steps: {topic}").
 */
final class SubjectPatterns {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?::|\\s[-\u2013\u2014|/]|\\s\\+|\\s<>)\\s+");

    private SubjectPatterns() {
    }

    /** The learned pattern, or {@code null} when the subjects share nothing worth keeping. */
    static String learn(List<String> subjects) {
        List<String[]> tokenised = subjects.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().split("\\s+")).toList();
        if (tokenised.isEmpty()) {
            return null;
        }
        int quorum = Math.max(tokenised.size() == 1 ? 1 : 2, (int) Math.ceil(tokenised.size() / 2.0));
        if (tokenised.size() > 1) {
            String prefix = sharedEdge(tokenised, quorum, false);
            if (prefix != null) {
                return prefix + " " + StyleProfile.TOPIC;
            }
            String suffix = sharedEdge(tokenised, quorum, true);
            if (suffix != null) {
                return StyleProfile.TOPIC + " " + suffix;
            }
        }
        // one subject, or no shared edge: the head before a separator ("Recap: ...") is often the habit
        Map<String, Integer> heads = new HashMap<>();
        for (String[] t : tokenised) {
            String subject = String.join(" ", t);
            var m = SEPARATOR.matcher(subject);
            if (m.find() && m.start() > 0) {
                String head = subject.substring(0, m.end()).stripTrailing();
                if (isGeneric(head.split("\\s+"), head.split("\\s+").length)) {
                    heads.merge(head, 1, Integer::sum);
                }
            }
        }
        return heads.entrySet().stream().filter(e -> e.getValue() >= quorum)
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " " + StyleProfile.TOPIC).orElse(null);
    }

    /** The longest run of leading (or trailing) tokens that at least {@code quorum} subjects share. */
    private static String sharedEdge(List<String[]> subjects, int quorum, boolean fromEnd) {
        int longest = subjects.stream().mapToInt(t -> t.length).max().orElse(0);
        for (int k = longest; k >= 1; k--) {
            Map<String, Integer> counts = new HashMap<>();
            for (String[] t : subjects) {
                if (t.length > k) { // the edge must leave room for the variable part
                    String[] edge = fromEnd ? Arrays.copyOfRange(t, t.length - k, t.length) : Arrays.copyOf(t, k);
                    if (isGeneric(edge, k)) {
                        counts.merge(Lexicon.lower(String.join(" ", edge)), 1, Integer::sum);
                    }
                }
            }
            for (var e : counts.entrySet()) {
                if (e.getValue() >= quorum) {
                    return original(subjects, e.getKey(), k, fromEnd);
                }
            }
        }
        return null;
    }

    private static String original(List<String[]> subjects, String lowered, int k, boolean fromEnd) {
        for (String[] t : subjects) {
            if (t.length > k) {
                String[] edge = fromEnd ? Arrays.copyOfRange(t, t.length - k, t.length) : Arrays.copyOf(t, k);
                String joined = String.join(" ", edge);
                if (Lexicon.lower(joined).equals(lowered)) {
                    return joined;
                }
            }
        }
        return lowered;
    }

    /** No numbers, no dates, and something besides punctuation and stop words. */
    private static boolean isGeneric(String[] tokens, int k) {
        boolean content = false;
        for (int i = 0; i < k; i++) {
            String core = Lexicon.stripPunct(tokens[i]);
            if (core.matches(".*\\d.*") || Lexicon.isDateWord(core)) {
                return false;
            }
            if (!core.isEmpty() && !Lexicon.STOPWORDS.contains(Lexicon.lower(core))) {
                content = true;
            }
        }
        return content;
    }
}
