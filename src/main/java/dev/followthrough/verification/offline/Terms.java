package dev.followthrough.verification.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Stemmed terms, so that "approved" in a draft meets "approval" in a call. Two analyzers: the stock English one
 * for BM25, and a stricter one for overlap measures, which also drops pronouns and auxiliaries because
 * "we will" in a draft says nothing about whether a fact was on the call.
 */
final class Terms {

    static final Analyzer SEARCH = new EnglishAnalyzer();

    private static final List<String> EXTRA_STOP = List.of(
            "i", "me", "my", "we", "us", "our", "you", "your", "yours", "he", "him", "his", "she", "her", "they",
            "them", "their", "its", "it's", "i'll", "we'll", "you'll", "i'm", "we're", "you're", "i've", "we've",
            "i'd", "we'd", "am", "been", "being", "do", "does", "did", "done", "have", "has", "had", "can", "could",
            "would", "should", "shall", "may", "might", "must", "also", "just", "so", "very", "really", "all",
            "any", "some", "about", "up", "out", "over", "get", "got", "going", "go", "make", "let", "let's",
            "from", "what", "which", "who", "when", "where", "how", "than", "too", "here", "well", "yes", "yeah",
            "okay", "ok", "um", "uh", "like", "know", "think", "mean", "sure", "right", "thing", "things",
            "one", "more", "much", "s", "t", "ll", "re", "ve", "d", "m", "don't", "can't", "won't");

    private static final CharArraySet CONTENT_STOP;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(EXTRA_STOP);
        CONTENT_STOP = CharArraySet.unmodifiableSet(set);
    }

    private static final Analyzer CONTENT = new EnglishAnalyzer(CONTENT_STOP);

    private Terms() {
    }

    static List<String> searchTerms(String text) {
        return analyse(SEARCH, text);
    }

    /** Stems of the words that carry content. */
    static Set<String> content(String text) {
        return new LinkedHashSet<>(analyse(CONTENT, SpokenNumbers.digits(text)));
    }

    /** Share of {@code claim}'s content stems that also occur in {@code evidence}; 1.0 when the claim has none. */
    static double coverage(Set<String> claim, Set<String> evidence) {
        if (claim.isEmpty()) {
            return 1.0;
        }
        int hit = 0;
        for (String s : claim) {
            if (evidence.contains(s)) {
                hit++;
            }
        }
        return hit / (double) claim.size();
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
