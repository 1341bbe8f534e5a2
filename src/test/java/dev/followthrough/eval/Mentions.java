package dev.followthrough.eval;

import dev.followthrough.text.Quantities;
import dev.followthrough.text.QuantityMention;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loose matching of a golden {@code mustMention} fact against a draft: every number of the fact must be in the
 * draft (numbers compared by value, so "fifteen thousand" matches "15,000"), and at least two thirds of its content
 * words (stop words dropped, light stemming, so "banners" matches "banner"). The exact phrase is never required.
 */
final class Mentions {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "per", "from", "about", "into", "our",
            "your", "their", "its", "this", "that", "these", "those", "will", "all", "any", "are", "was", "were",
            "has", "have", "had", "not", "but", "than", "then", "like", "last", "each", "every", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
            "forty", "fifty", "hundred", "thousand", "million", "percent", "dollars", "dollar", "cents", "via", "can",
            "out", "off", "over", "under", "only", "also", "both", "more", "less");

    private Mentions() {
    }

    static boolean covered(String fact, String draft) {
        Set<BigDecimal> need = numbers(fact);
        if (!numbers(draft).containsAll(need)) {
            return false;
        }
        Set<String> words = contentWords(fact);
        if (words.isEmpty()) {
            return true;
        }
        Set<String> have = contentWords(draft);
        long hits = words.stream().filter(w -> have.stream().anyMatch(h -> similar(w, h))).count();
        return hits * 3 >= words.size() * 2L;
    }

    static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> out = new HashSet<>();
        String t = text.replace('\u2013', '-').replace('\u2014', '-');
        for (QuantityMention q : Quantities.find(t)) {
            out.add(q.value().stripTrailingZeros());
        }
        Matcher m = DIGITS.matcher(t);
        while (m.find()) {
            String whole = m.group(1).replace(",", "");
            String frac = m.group(2);
            out.add(new BigDecimal(frac == null ? whole : whole + "." + frac).stripTrailingZeros());
        }
        return out;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static String stem(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.replace("'", "");
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Equal stems, or a shared first five letters ("assessment" / "assess", "scheduling" / "schedule"). */
    private static boolean similar(String a, String b) {
        return a.equals(b) || (a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5));
    }

    static List<String> missing(List<String> facts, String draft) {
        return facts.stream().filter(f -> !covered(f, draft)).toList();
    }
}
