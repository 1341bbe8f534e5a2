package dev.followthrough.verification.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the ways people say numbers on a call that the shared parsers do not read into digits, before dates
 * and quantities are looked for: "zero point two percent" (0.2 percent), "eleven fifty per seat" (1150 per seat),
 * "by the twenty-fifth" (by the 25th). Written to the call's words, not to any one call.
 */
final class SpokenNumbers {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] small = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"};
        for (int i = 0; i < small.length; i++) {
            ORDINALS.put(small[i], i + 1);
        }
        ORDINALS.put("twentieth", 20);
        ORDINALS.put("thirtieth", 30);
        for (int i = 0; i < 9; i++) {
            ORDINALS.put("twenty-" + small[i], 21 + i);
            ORDINALS.put("twenty " + small[i], 21 + i);
        }
        ORDINALS.put("thirty-first", 31);
        ORDINALS.put("thirty first", 31);
    }

    private static final String TWO_DIGIT = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]"
            + "(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen)";
    private static final String SMALL = "(?:" + TWO_DIGIT + "|zero|one|two|three|four|five|six|seven|eight|nine|\\d{1,3})";
    private static final String DIGIT = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d)";
    private static final Pattern DECIMAL = Pattern.compile(
            "(?i)\\b(" + SMALL + ")\\s+point\\s+(" + DIGIT + ")(?:\\s+(" + DIGIT + "))?\\b");
    /** "four point twelve", "four point twelve point three": a version, or a decimal said in two-digit words. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?i)\\b(" + SMALL + ")\\s+point\\s+(" + TWO_DIGIT + ")(?:\\s+point\\s+(" + SMALL + "))?\\b");
    /** "twenty twenty-eight", "nineteen ninety-nine": a year, not two counts. */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?i)\\b(?:(twenty)[- ](twenty|thirty)|(nineteen)[- ]"
            + "(seventy|eighty|ninety))(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b(?![- ](?:hundred|thousand))");
    /** "two and a half thousand", "one and a half million": a figure and a half of its unit. */
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)\\b(" + SMALL + ") and a half (thousand|million)\\b");
    /** "the hundred and twenty-six tickets": a hundred, said with "the". */
    private static final Pattern THE_HUNDRED = Pattern.compile("(?i)\\bthe (hundred|thousand)\\b(?=\\s+and\\s)");
    /**
     * "eleven fifty per seat", "nine fifty a month", "four ninety-nine each": a price said as two figures. Read in
     * hundreds (1150, 950, 499); NumberCheck also takes the same words as dollars and cents ($11.50, $4.99).
     */
    private static final Pattern PRICE = Pattern.compile("(?i)\\b(" + TWO_DIGIT + "|one|two|three|four|five|six|seven|"
            + "eight|nine)\\s+(" + TWO_DIGIT + ")(?=\\s+(?:per|each|apiece|a (?:seat|month|year|user|license|licence|head|"
            + "unit|door|site|location|room|screen|clinic)|dollars|bucks|euros|pounds)\\b)");
    /** "one-eighty a month": a price in hundreds said without the "hundred". */
    private static final Pattern HUNDREDS_PRICE = Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine)-("
            + TWO_DIGIT + ")(?=\\s+(?:per|each|apiece|a (?:seat|month|year|user|license|licence|head|unit|screen|clinic)|"
            + "dollars|bucks|euros|pounds)\\b)");
    /** "sixteen hundred", "twenty-five hundred": hundreds counted past ten. */
    private static final Pattern TENS_OF_HUNDREDS = Pattern.compile("(?i)\\b(" + TWO_DIGIT + ")\\s+hundred\\b(?!\\s+(?:and\\s+)?"
            + "(?:thousand|million|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))");
    /** "two-forty-six", "two forty-six": a count in hundreds with the "hundred" dropped, not a time ("at two forty"). */
    private static final Pattern ELIDED_HUNDRED = Pattern.compile("(?i)(?<!\\bat\\s)(?<!\\bby\\s)\\b(one|two|three|four|five|six|"
            + "seven|eight|nine)[- ]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
            + "seven|eight|nine))\\b(?!\\s*(?:a\\.?m|p\\.?m))");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)\\bthe\\s+((?:twenty|thirty)[- ])?(first|second|third|"
            + "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
            + "sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=\\s*(?:[,.;!?)]|$|of\\b|at\\b|in the\\b))"
            // "on the fourteenth dispatch lost a morning": after "on", "by" or "until" it is a day whatever follows
            + "|(?<=\\b(?:on|by|until|before)\\s)the\\s+((?:twenty|thirty)[- ])?(first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
            + "eighteenth|nineteenth|twentieth|thirtieth)\\b(?!\\s+(?:time|quarter|half|round|phase|option|step|few|couple|"
            + "\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|of\\s+(?:them|those|these))\\b)");

    /**
     * "sign by the the twenty eighth": a word said twice over is a speaker's stumble, read once. Number words are
     * left alone, "two two four" is a room.
     */
    private static final Pattern STUTTER = Pattern.compile("(?i)\\b(\\p{L}+)(?:\\s+\\1\\b)+");

    private SpokenNumbers() {
    }

    private static boolean isNumberWord(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        return UNITS.contains(s) || TENS.contains(s) && !s.isEmpty() || s.equals("oh") || s.equals("hundred")
                || s.equals("thousand") || s.equals("million") || ORDINALS.containsKey(s);
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(" + TWO_DIGIT
            + "|zero|one|two|three|four|five|six|seven|eight|nine)\\b(?![- ](?:hundred|thousand|million))");

    /** Number words as digits, so that "net forty-five" and "net 45" share their words. */
    static String digits(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return replace(NUMBER_WORD, text, m -> String.valueOf(value(m.group(1))));
    }

    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = replace(STUTTER, text, m -> isNumberWord(m.group(1)) ? m.group() : m.group(1));
        t = replace(DOTTED, t, m -> value(m.group(1)) + "." + value(m.group(2))
                + (m.group(3) == null ? "" : "." + value(m.group(3))));
        t = replace(DECIMAL, t, m -> value(m.group(1)) + "." + digit(m.group(2))
                + (m.group(3) == null ? "" : digit(m.group(3))));
        t = replace(THE_HUNDRED, t, m -> "the one " + m.group(1));
        t = replace(AND_A_HALF, t, m -> new java.math.BigDecimal(value(m.group(1))).add(new java.math.BigDecimal("0.5"))
                .multiply(m.group(2).equalsIgnoreCase("thousand") ? java.math.BigDecimal.valueOf(1000)
                        : java.math.BigDecimal.valueOf(1_000_000)).toBigInteger().toString());
        t = replace(PRICE, t, m -> String.valueOf(value(m.group(1)) * 100 + value(m.group(2))));
        t = replace(SPOKEN_YEAR, t, m -> String.valueOf((m.group(1) != null ? 2000 + 10 * (TENS.indexOf(
                m.group(2).toLowerCase(Locale.ROOT))) : 1900 + 10 * TENS.indexOf(m.group(4).toLowerCase(Locale.ROOT)))
                + (m.group(5) == null ? 0 : UNITS.indexOf(m.group(5).toLowerCase(Locale.ROOT)))));
        t = replace(HUNDREDS_PRICE, t, m -> String.valueOf(value(m.group(1)) * 100 + value(m.group(2))));
        t = replace(TENS_OF_HUNDREDS, t, m -> String.valueOf(value(m.group(1)) * 100));
        t = replace(ELIDED_HUNDRED, t, m -> String.valueOf(value(m.group(1)) * 100 + value(m.group(2))));
        t = replace(ORDINAL_DAY, t, m -> {
            String tens = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            String word = ((tens == null ? "" : tens) + unit).toLowerCase(Locale.ROOT);
            Integer day = ORDINALS.get(word);
            return day == null ? m.group() : "the " + day + suffix(day);
        });
        return t;
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static int digit(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        return s.equals("oh") ? 0 : s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : UNITS.indexOf(s);
    }

    static int value(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int u = UNITS.indexOf(s);
        if (u >= 0) {
            return u;
        }
        String[] parts = s.split("-");
        int tens = TENS.indexOf(parts[0]) * 10;
        return parts.length > 1 ? tens + UNITS.indexOf(parts[1]) : tens;
    }
}
