package dev.followthrough.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spelled-out English numbers ("forty-two", "two hundred thousand"), shared by the date and quantity finders. */
final class NumberWords {

    private static final Map<String, Integer> SMALL = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            SMALL.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], 20 + 10 * i);
        }
    }

    /** Regex alternation matching one or more number words, e.g. "twenty-five", "two hundred and fifty". */
    static final String REGEX;

    static {
        String unit = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                + "|fifteen|sixteen|seventeen|eighteen|nineteen)";
        String ten = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
        String n99 = "(?:" + ten + "(?:[- ]" + unit + ")?|" + unit + ")";
        String hundreds = "(?:(?:" + n99 + "|a) hundred(?:(?: and | )" + n99 + ")?|" + n99 + ")";
        REGEX = "(?:(?:" + hundreds + "|a) (?:thousand|million|billion)(?:(?:,? and |,? )" + hundreds + ")?|"
                + hundreds + ")";
    }

    private NumberWords() {
    }

    /** The value of a phrase matched by {@link #REGEX}, or {@code null} when it is not a number. */
    static BigDecimal parse(String phrase) {
        String[] tokens = phrase.toLowerCase(Locale.ROOT).replace('-', ' ').replace(',', ' ').trim().split("\\s+");
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String t : tokens) {
            if (t.equals("and")) {
                continue;
            }
            if (t.equals("a") || t.equals("an")) {
                current = Math.max(current, 1);
                continue;
            }
            Integer small = SMALL.get(t);
            Integer tens = TENS.get(t);
            Long scale = SCALES.get(t);
            if (small != null) {
                current += small;
            } else if (tens != null) {
                current += tens;
            } else if (scale != null) {
                current = Math.max(current, 1);
                if (scale == 100) {
                    current *= 100;
                } else {
                    total += current * scale;
                    current = 0;
                }
            } else {
                return null;
            }
            any = true;
        }
        return any ? BigDecimal.valueOf(total + current) : null;
    }

    /** How many a count word means: "a couple" 2, "a few" 3, "a"/"an" 1, else its number; {@code null} if none. */
    static Long count(String word) {
        String count = word.toLowerCase(java.util.Locale.ROOT).trim();
        if (count.contains("couple")) {
            return 2L;
        }
        if (count.contains("few")) {
            return 3L;
        }
        if (count.equals("a") || count.equals("an")) {
            return 1L;
        }
        BigDecimal v = parseAny(count);
        return v == null ? null : v.longValue();
    }

    /** A number written with digits or words ("3", "1,200", "2.5", "three"), or {@code null}. */
    static BigDecimal parseAny(String s) {
        String t = s.trim().replace(",", "");
        if (t.matches("\\d+(?:\\.\\d+)?")) {
            return new BigDecimal(t);
        }
        return parse(t);
    }
}
