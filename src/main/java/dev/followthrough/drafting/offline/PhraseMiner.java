package dev.followthrough.drafting.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases (3 to 20 words) a rep reuses across different emails. A phrase must recur in at least two emails (and in
 * at least a quarter of them), must not cross a sentence, and may not hold a name, a number or a date: those
 * belong to one deal, not to the rep's voice.
 */
final class PhraseMiner {

    private static final int MIN_N = 3;
    private static final int MAX_N = 20;
    private static final int MAX_PHRASES = 10;
    /** Longer "sentences" are unpunctuated walls of text, where every window would look like a phrase. */
    private static final int MAX_SENTENCE_WORDS = 80;

    private PhraseMiner() {
    }

    static List<String> mine(List<EmailAnatomy> emails) {
        if (emails.size() < 2) {
            return List.of();
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (EmailAnatomy email : emails) {
            Set<String> inThisEmail = new HashSet<>();
            for (String sentence : email.sentences()) {
                if (Lexicon.words(sentence) <= MAX_SENTENCE_WORDS) {
                    inThisEmail.addAll(ngrams(sentence));
                }
            }
            for (String gram : inThisEmail) {
                documentFrequency.merge(gram, 1, Integer::sum);
                firstSeen.putIfAbsent(gram, firstSeen.size());
            }
        }
        int minDf = Math.max(2, (int) Math.ceil(emails.size() * 0.25));
        List<String> frequent = new ArrayList<>();
        documentFrequency.forEach((gram, df) -> {
            if (df >= minDf) {
                frequent.add(gram);
            }
        });
        // keep the longest form: "let me know if" is dropped when "let me know if you have" recurs as often
        frequent.sort(Comparator.comparingInt((String g) -> -g.split(" ").length).thenComparing(firstSeen::get));
        List<String> kept = new ArrayList<>();
        for (String gram : frequent) {
            boolean covered = kept.stream().anyMatch(k -> (" " + k + " ").contains(" " + gram + " ")
                    && documentFrequency.get(k) >= documentFrequency.get(gram));
            if (!covered) {
                kept.add(gram);
            }
        }
        kept.sort(Comparator.comparingInt((String g) -> -documentFrequency.get(g))
                .thenComparingInt(g -> -g.split(" ").length)
                .thenComparing(firstSeen::get));
        return List.copyOf(kept.subList(0, Math.min(MAX_PHRASES, kept.size())));
    }

    static Set<String> ngrams(String sentence) {
        String[] raw = sentence.strip().split("\\s+");
        List<String> tokens = new ArrayList<>();
        List<Boolean> banned = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String core = Lexicon.stripPunct(raw[i]);
            if (core.isEmpty()) {
                continue;
            }
            boolean properNoun = i > 0 && Character.isUpperCase(core.charAt(0)) && !core.equals("I")
                    && !core.startsWith("I'");
            boolean bad = properNoun || core.matches(".*\\d.*") || Lexicon.isDateWord(core)
                    || Lexicon.hasContactInfo(raw[i]);
            tokens.add(Lexicon.lower(core));
            banned.add(bad);
            if (raw[i].matches(".*[,;:\u2014]$")) {
                tokens.add("|"); // a comma or dash ends a phrase: "thanks, jordan" is not a phrase
                banned.add(true);
            }
        }
        Set<String> grams = new HashSet<>();
        for (int n = MIN_N; n <= MAX_N; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                List<String> window = tokens.subList(i, i + n);
                if (banned.subList(i, i + n).contains(true)) {
                    continue;
                }
                long content = window.stream().filter(t -> !Lexicon.STOPWORDS.contains(t)).count();
                if (content == 0 || Lexicon.STOPWORDS.contains(window.get(n - 1)) && content < 2) {
                    continue;
                }
                grams.add(String.join(" ", window));
            }
        }
        return grams;
    }
}
