package dev.followthrough.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before text leaves the machine and restores it in the answer. One masker is one call:
 * the same value always gets the same placeholder ("[EMAIL_1]"), so the model can still tell people apart.
 */
final class PiiMasker {

    private record Kind(String label, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("EMAIL", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")),
            new Kind("IBAN", Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b")),
            // 13-19 digits in groups, checked with Luhn below, so order numbers and prices stay
            new Kind("CARD", Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b")),
            new Kind("ACCOUNT", Pattern.compile(
                    "(?i)(?<=\\b(?:account|acct|routing|sort code|a/c)(?: number| no\\.?| #)?[:#]?\\s{0,3})[0-9][0-9 -]{4,}[0-9]")),
            new Kind("PHONE", Pattern.compile(
                    "(?<![\\w-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?)?\\d{3,4}[ .-]\\d{3,4}(?:[ .-]\\d{2,4})?(?![\\w-])")));

    private static final Pattern TOKEN = Pattern.compile("\\[(EMAIL|IBAN|CARD|ACCOUNT|PHONE)_\\d+]");

    private final boolean enabled;
    private final Map<String, String> valueToToken = new LinkedHashMap<>();
    private final Map<String, String> tokenToValue = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    PiiMasker(boolean enabled) {
        this.enabled = enabled;
    }

    String mask(String text) {
        if (!enabled || text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Kind kind : KINDS) {
            out = maskKind(out, kind);
        }
        return out;
    }

    /** Puts the original values back wherever the model copied a placeholder. */
    String restore(String text) {
        if (text == null || tokenToValue.isEmpty()) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = tokenToValue.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Placeholders in {@code text} that this masker never issued: the model made them up. */
    List<String> unknownTokens(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!tokenToValue.containsKey(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    Map<String, String> issued() {
        return Map.copyOf(tokenToValue);
    }

    private String maskKind(String text, Kind kind) {
        Matcher m = kind.pattern().matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = m.group();
            boolean mask = switch (kind.label()) {
                case "CARD" -> luhn(value);
                case "PHONE" -> digits(value).length() >= 7 && !looksLikeDateOrTime(value);
                default -> true;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(mask ? token(kind.label(), value) : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String token(String label, String value) {
        return valueToToken.computeIfAbsent(value, v -> {
            int n = counters.merge(label, 1, Integer::sum);
            String token = "[" + label + "_" + n + "]";
            tokenToValue.put(token, v);
            return token;
        });
    }

    private static boolean looksLikeDateOrTime(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}") || value.matches("\\d{1,2}[.-]\\d{1,2}[.-]\\d{2,4}");
    }

    static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    static boolean luhn(String value) {
        String d = digits(value);
        if (d.length() < 13 || d.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (dbl) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
