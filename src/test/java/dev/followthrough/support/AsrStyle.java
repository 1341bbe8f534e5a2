package dev.followthrough.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an edited transcript the way raw speech recognition from a meeting tool reads: every figure spelled out
 * as it is spoken, all lowercase, no commas, colons, quotes or question marks, and only every third full stop kept.
 * Speaker labels and timestamps stay as they are. The verifier's figures on a set rewritten this way, against the
 * same set as written, show how much of it rests on a transcriber's capitals and punctuation (docs/EVALUATION.md).
 */
public final class AsrStyle {

    private static final Pattern LINE = Pattern.compile("^(\\s*\\[\\d{1,2}:\\d{2}:\\d{2}\\]\\s*[^:]{1,60}:\\s*)(.*)$");
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final Map<String, String> ORDINAL_ENDS = Map.ofEntries(Map.entry("one", "first"),
            Map.entry("two", "second"), Map.entry("three", "third"), Map.entry("five", "fifth"),
            Map.entry("eight", "eighth"), Map.entry("nine", "ninth"), Map.entry("twelve", "twelfth"),
            Map.entry("twenty", "twentieth"), Map.entry("thirty", "thirtieth"));
    private static final Map<String, String> CURRENCY = Map.of("$", "dollars", "£", "pounds", "€", "euros");
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    private static final Pattern MONEY = Pattern.compile("([$£€])\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?([kKmM]\\b|million\\b|"
            + "thousand\\b|billion\\b))?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)(\\d{2})\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,]*(?:\\.\\d+)?\\b");

    private AsrStyle() {
    }

    /** The whole transcript, in either shape the sets use ("[hh:mm:ss] Name: text" lines or a JSON array). */
    public static String transcript(String text) {
        String t = text.stripLeading();
        if (t.startsWith("[") && t.substring(1).stripLeading().startsWith("{")) {
            return json(t);
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            Matcher m = LINE.matcher(line);
            out.add(m.matches() ? m.group(1) + utterance(m.group(2)) : line);
        }
        return String.join("\n", out);
    }

    private static String json(String text) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode turns = mapper.readTree(text);
            for (JsonNode n : turns) {
                if (n.has("text")) {
                    ((ObjectNode) n).put("text", utterance(n.get("text").asText()));
                }
            }
            return mapper.writeValueAsString(turns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String utterance(String text) {
        String s = spellFigures(text);
        s = s.toLowerCase(Locale.ROOT);
        s = s.replaceAll("[,;:!\"“”()\\[\\]…]", " ").replaceAll("\\s[-–—]+\\s", " ").replace('?', '.');
        // keep every third sentence end, as a recogniser's odd full stop
        StringBuilder b = new StringBuilder();
        int ends = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sentenceEnd = c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
            if (sentenceEnd && ++ends % 3 != 0 && i + 1 < s.length()) {
                continue;
            }
            b.append(c);
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    private static String spellFigures(String text) {
        String s = replace(MONEY, text, m -> {
            String scale = m.group(3) == null ? "" : switch (m.group(3).toLowerCase(Locale.ROOT)) {
                case "k" -> " thousand";
                case "m" -> " million";
                default -> " " + m.group(3).toLowerCase(Locale.ROOT);
            };
            return amount(m.group(2)) + scale + " " + CURRENCY.get(m.group(1));
        });
        s = replace(PERCENT, s, m -> amount(m.group(1)) + " percent");
        s = replace(TIME, s, m -> {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            return words(h) + (min == 0 ? "" : min < 10 ? " oh " + words(min) : " " + words(min));
        });
        s = replace(MONTH_DAY, s, m -> m.group(1) + " " + ordinal(Integer.parseInt(m.group(2))));
        s = replace(ORDINAL, s, m -> ordinal(Integer.parseInt(m.group(1))));
        s = replace(YEAR, s, m -> words(Integer.parseInt(m.group(1))) + " " + (m.group(2).equals("00") ? "hundred"
                : m.group(2).startsWith("0") ? "oh " + words(Integer.parseInt(m.group(2))) : words(Integer.parseInt(m.group(2)))));
        return replace(NUMBER, s, m -> amount(m.group()));
    }

    private static String amount(String digits) {
        String plain = digits.replace(",", "");
        int dot = plain.indexOf('.');
        if (dot >= 0) {
            String whole = plain.substring(0, dot);
            StringBuilder b = new StringBuilder(words(Long.parseLong(whole.isEmpty() ? "0" : whole))).append(" point");
            for (char c : plain.substring(dot + 1).toCharArray()) {
                b.append(' ').append(SMALL[c - '0']);
            }
            return b.toString();
        }
        return words(Long.parseLong(plain));
    }

    /** Spoken the way people say figures: "eighteen hundred" for 1,800, "three thousand" for 3,000, "twelve thousand five hundred" for 12,500. */
    static String words(long n) {
        if (n < 20) {
            return SMALL[(int) n];
        }
        if (n < 100) {
            return TENS[(int) n / 10] + (n % 10 == 0 ? "" : " " + SMALL[(int) n % 10]);
        }
        if (n < 1000) {
            return SMALL[(int) n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + words(n % 100));
        }
        if (n < 10_000 && n % 1000 != 0 && n % 100 == 0) {
            return words(n / 100) + " hundred";
        }
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"billion", "million", "thousand"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                return words(n / scales[i]) + " " + names[i] + (n % scales[i] == 0 ? "" : " " + words(n % scales[i]));
            }
        }
        throw new IllegalArgumentException(String.valueOf(n));
    }

    static String ordinal(int n) {
        String w = words(n);
        int space = w.lastIndexOf(' ');
        String last = w.substring(space + 1);
        String head = space < 0 ? "" : w.substring(0, space + 1);
        String end = ORDINAL_ENDS.getOrDefault(last, last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth"
                : last + "th");
        return head + end;
    }

    /** Every match of {@code p} in {@code s} replaced by what {@code f} makes of it, taken literally. */
    private static String replace(Pattern p, String s, java.util.function.Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
