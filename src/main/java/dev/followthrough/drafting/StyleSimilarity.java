package dev.followthrough.drafting;

import dev.followthrough.core.Draft;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How close an email is to a rep's style, 0..1. The email is profiled like a one-email sample and compared with
 * the rep's profile trait by trait; the parts and their weights are explained in docs/STYLE-METRIC.md.
 */
@Component
public class StyleSimilarity {

    static final double W_GREETING = 0.20;
    static final double W_SIGN_OFF = 0.20;
    static final double W_LENGTH = 0.15;
    static final double W_BULLETS = 0.15;
    static final double W_FORMALITY = 0.15;
    static final double W_PHRASES = 0.15;
    /** Using this many of the rep's phrases counts as a full phrase match: a short email holds only a few. */
    static final int PHRASES_FOR_FULL_MATCH = 3;

    private final StyleProfiler profiler;

    public StyleSimilarity(StyleProfiler profiler) {
        this.profiler = profiler;
    }

    /**
     * The score and its parts, each 0..1. {@code phrases} is {@code null} when the rep has no typical phrases;
     * the total then spreads its weight over the other parts.
     */
    public record Score(double total, double greeting, double signOff, double length, double bullets,
                        double formality, Double phrases) {
    }

    public Score score(Draft draft, StyleProfile rep) {
        return score("Subject: " + draft.subject() + "\n\n" + draft.body(), rep);
    }

    /** {@code email}: raw text, optionally starting with "Subject: ...", like a sample email. */
    public Score score(String email, StyleProfile rep) {
        StyleProfile mine = profiler.profile(rep.repName(), List.of(email));
        double greeting = greeting(mine.greeting(), rep.greeting());
        double signOff = signOff(mine.signOff(), rep.signOff());
        double length = (double) Math.min(mine.typicalWords(), rep.typicalWords())
                / Math.max(1, Math.max(mine.typicalWords(), rep.typicalWords()));
        double bullets = mine.usesBullets() == rep.usesBullets() ? 1.0 : 0.0;
        double formality = 1.0 - Math.abs(mine.formality() - rep.formality());
        Double phrases = rep.typicalPhrases().isEmpty() ? null : phrases(email, rep.typicalPhrases());

        double weighted = W_GREETING * greeting + W_SIGN_OFF * signOff + W_LENGTH * length + W_BULLETS * bullets
                + W_FORMALITY * formality;
        double weights = W_GREETING + W_SIGN_OFF + W_LENGTH + W_BULLETS + W_FORMALITY;
        if (phrases != null) {
            weighted += W_PHRASES * phrases;
            weights += W_PHRASES;
        }
        return new Score(round(weighted / weights), round(greeting), round(signOff), round(length), bullets,
                round(formality), phrases == null ? null : round(phrases));
    }

    /** 1 for the same pattern, 0.5 for the same salutation word ("Hi {name}!" vs "Hi {name},"), else 0. */
    static double greeting(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return 1.0;
        }
        String xs = x.replaceAll("[^\\p{L}{} ]", "").strip();
        String ys = y.replaceAll("[^\\p{L}{} ]", "").strip();
        if (xs.equals(ys)) {
            return 0.75;
        }
        return !xs.isEmpty() && !ys.isEmpty() && xs.split(" ")[0].equals(ys.split(" ")[0]) ? 0.5 : 0.0;
    }

    /** Half for the same closing word, half for the overlap of the signature lines' words. */
    static double signOff(String a, String b) {
        String[] x = norm(a).split("\n");
        String[] y = norm(b).split("\n");
        double closing = stripPunct(x[0]).equals(stripPunct(y[0])) ? 0.5 : 0.0;
        Set<String> sx = words(Arrays.copyOfRange(x, 1, x.length));
        Set<String> sy = words(Arrays.copyOfRange(y, 1, y.length));
        if (sx.isEmpty() && sy.isEmpty()) {
            return closing + 0.5;
        }
        Set<String> both = new HashSet<>(sx);
        both.retainAll(sy);
        Set<String> either = new HashSet<>(sx);
        either.addAll(sy);
        return closing + 0.5 * both.size() / either.size();
    }

    static double phrases(String email, List<String> phrases) {
        String text = " " + norm(email).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ") + " ";
        long found = phrases.stream().filter(p -> text.contains(" " + p + " ")).count();
        return Math.min(1.0, (double) found / Math.min(PHRASES_FOR_FULL_MATCH, phrases.size()));
    }

    private static Set<String> words(String[] lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            for (String w : line.split("[^\\p{L}\\p{N}@.+]+")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static String stripPunct(String s) {
        return s.replaceAll("[^\\p{L} ]", "").strip();
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[ \t]+", " ").strip();
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
