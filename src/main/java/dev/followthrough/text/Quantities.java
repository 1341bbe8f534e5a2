package dev.followthrough.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts, percentages and counts in text: "$40k" (40000 USD), "40 thousand dollars", "1.2 million",
 * "15%", "fifty seats" (50 "seats"), "three licenses". Spelled-out numbers from zero to ninety-nine with
 * hundred/thousand/million/billion are understood. A count's unit is the noun right after the number
 * (skipping one modifier such as "more" or "additional"), lower-cased, as said ("seats", "seat" stay distinct).
 * Parts of dates and times ("2026-12-03", "12/03", "10:30") are not quantities. A lone "one" is not either
 * (it is usually a pronoun: "the one we saw"), unless a noun follows ("one license").
 */
public final class Quantities {

    private static final String DIGITS = "(?<![\\w.,/:-])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?![\\d/:]|[.,]\\d|-\\d|(?:st|nd|rd|th)\\b)";
    private static final String MULT = "(?:(?<mult>k|mm|m|bn|b)\\b|\\s+(?<multw>thousand|million|billion|grand|hundred)\\b)?";
    private static final String WORDS = "\\b(?<words>" + NumberWords.REGEX + ")\\b";
    private static final String NUMBER = "(?:" + DIGITS + MULT + "|" + WORDS + ")";
    private static final String MODIFIERS = "more|additional|extra|new|total|named|full|concurrent|active|paid|free|other"
            + "|separate|different|full-time|part-time|dedicated|annual|monthly|remaining";
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for",
            "is", "are", "was", "were", "be", "been", "it", "its", "we", "i", "you", "they", "he", "she", "that", "this",
            "these", "those", "which", "with", "by", "from", "so", "but", "if", "then", "than", "as", "per", "out",
            "up", "down", "or", "not", "no", "yes", "am", "pm", "a.m", "p.m", "o'clock", "oclock", "st", "nd", "rd",
            "th", "more", "percent", "thousand", "million", "billion", "hundred", "k", "m", "um", "uh", "like", "will",
            "would", "can", "could", "should", "do", "did", "does", "have", "has", "had", "my", "our", "your", "their",
            "his", "her", "us", "them", "me", "him", "there", "here", "what", "who", "all", "each", "every", "just",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "or so", "ish", "plus",
            "times", "x", "now", "today", "tomorrow", "yesterday", "then", "total", "overall", "altogether", "roughly",
            "exactly", "sorry", "over", "under", "about", "around", "into", "onto", "off", "because", "when", "where"));

    private record Rule(Pattern pattern, int priority) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(compile("(?<cur>us\\$|\\$|€|£|usd|eur|gbp)\\s?" + DIGITS + MULT), 0),
            new Rule(compile(NUMBER + "\\s*(?<curw>dollars?|bucks|usd|euros?|eur|pounds?|gbp|quid)\\b"), 1),
            new Rule(compile(NUMBER + "\\s*(?<pct>%|percent\\b|per cent\\b|pct\\b)"), 2),
            new Rule(compile(NUMBER + "\\s+(?:(?:" + MODIFIERS + ")\\s+)?(?<noun>[a-z][a-z'-]*[a-z]|[a-z])\\b"), 3),
            new Rule(compile(NUMBER), 4));

    private Quantities() {
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every quantity in {@code text}, in text order, without overlaps (longest reading wins). */
    public static List<QuantityMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        record Candidate(QuantityMention mention, int priority) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                QuantityMention q = toMention(m, text);
                if (q != null) {
                    candidates.add(new Candidate(q, rule.priority()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.mention().end() - c.mention().start()).reversed()
                .thenComparingInt(Candidate::priority));
        List<QuantityMention> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            QuantityMention q = c.mention();
            if (kept.stream().noneMatch(k -> q.start() < k.end() && k.start() < q.end())) {
                kept.add(q);
            }
        }
        kept.sort(Comparator.comparingInt(QuantityMention::start));
        return List.copyOf(kept);
    }

    private static QuantityMention toMention(Matcher m, String text) {
        String words = group(m, "words");
        BigDecimal value;
        if (words != null) {
            value = NumberWords.parse(words);
        } else {
            value = new BigDecimal(m.group("num").replace(",", "")).multiply(multiplier(m));
        }
        if (value == null) {
            return null;
        }
        String unit;
        String cur = group(m, "cur");
        String curw = group(m, "curw");
        String noun = group(m, "noun");
        if (cur != null || curw != null) {
            unit = currency(cur != null ? cur : curw);
        } else if (group(m, "pct") != null) {
            unit = "%";
        } else if (noun != null) {
            unit = noun.toLowerCase(Locale.ROOT);
            // "a hundred fifty": the second number word is the rest of the number, not its noun
            if (STOP.contains(unit) || NumberWords.parse(unit) != null) {
                return null;
            }
        } else {
            unit = "";
            if (words != null && words.trim().equalsIgnoreCase("one")) {
                return null;
            }
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return new QuantityMention(m.start(), m.end(), text.substring(m.start(), m.end()), value, unit);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    private static BigDecimal multiplier(Matcher m) {
        String mult = group(m, "mult");
        String multw = group(m, "multw");
        String s = mult != null ? mult.toLowerCase(Locale.ROOT) : multw != null ? multw.toLowerCase(Locale.ROOT) : "";
        return switch (s) {
            case "k", "thousand", "grand" -> BigDecimal.valueOf(1_000);
            case "hundred" -> BigDecimal.valueOf(100);
            case "m", "mm", "million" -> BigDecimal.valueOf(1_000_000);
            case "b", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }

    private static String currency(String s) {
        String c = s.toLowerCase(Locale.ROOT);
        if (c.contains("€") || c.startsWith("eur")) {
            return "EUR";
        }
        if (c.contains("£") || c.startsWith("pound") || c.equals("gbp") || c.equals("quid")) {
            return "GBP";
        }
        return "USD";
    }
}
