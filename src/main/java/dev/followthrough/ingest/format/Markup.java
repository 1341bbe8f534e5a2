package dev.followthrough.ingest.format;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces cue text to the words that were spoken. Transcripts are shown to reps and sent to LLMs, so
 * markup is dropped rather than escaped, and script or style bodies are dropped whole.
 */
final class Markup {

    private static final Pattern SCRIPT = Pattern.compile(
            "<\\s*(script|style)\\b[^>]{0,500}>.*?(<\\s*/\\s*\\1\\s*>|\\z)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
    /**
     * A tag starts with a letter or '/', or is a WebVTT inline timestamp, so that spoken "x < y" and
     * "<5 seats>" stay text.
     */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z][^<>]{0,1000}>|<\\d{1,2}(:\\d{1,2}){1,2}([.,]\\d{1,3})?>");
    /** Tags that separate words when rendered; dropping them without a space would glue "one<br>two". */
    private static final Pattern BLOCK_TAG = Pattern.compile("<\\s*/?\\s*(br|p|div|li|tr|td|th|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");
    /** ICSI/QMSum annotation markers such as {disfmarker} and SRT/ASS override blocks such as {\an8}. */
    private static final Pattern BRACE_MARKER = Pattern.compile("\\{[a-z_]{2,20}}|\\{\\\\[^}]{0,60}}");
    private static final Pattern SPLIT_CONTRACTION = Pattern.compile(" ('(s|re|ve|ll|d|m|t)|n't)(?=\\s|$|[,.?!])",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("lrm", ""), Map.entry("rlm", ""),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("eacute", "\u00E9"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"));

    private Markup() {
    }

    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = stripTags(s);
        }
        if (s.indexOf('&') >= 0) {
            // Entities are decoded before a second pass so that an encoded "&lt;script&gt;" cannot survive as markup.
            s = decodeEntities(s);
            if (s.indexOf('<') >= 0) {
                s = stripTags(s);
            }
        }
        if (s.indexOf('{') >= 0) {
            s = BRACE_MARKER.matcher(s).replaceAll(" ");
        }
        s = tidySpacing(s);
        if (s.indexOf('\'') >= 0 && s.indexOf(' ') >= 0) {
            s = SPLIT_CONTRACTION.matcher(s).replaceAll("$1");
        }
        if (needsNormalising(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s;
    }

    /**
     * One pass instead of a regex each: drops invisible format characters, turns controls and odd spaces into
     * a single space, trims, and removes the space tokenised transcripts put before punctuation ("OK ." to "OK.").
     */
    private static String tidySpacing(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (isLonePunctuation(c) && out.length() > 1 && out.charAt(out.length() - 1) == ' '
                    && (i + 1 == n || Character.isWhitespace(s.charAt(i + 1)))) {
                out.setLength(out.length() - 1);
            }
            out.append(c);
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF';
    }

    private static boolean isLonePunctuation(char c) {
        return c == ',' || c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '%';
    }

    /** Text below U+0300 (ASCII and Latin-1) is already NFC; only check the rest. */
    private static boolean needsNormalising(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return !Normalizer.isNormalized(s, Normalizer.Form.NFC);
            }
        }
        return false;
    }

    private static String stripTags(String s) {
        s = SCRIPT.matcher(s).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        return TAG.matcher(s).replaceAll(m -> BLOCK_TAG.matcher(m.group()).lookingAt() ? " " : "");
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.charAt(0) == '#') {
                int cp;
                try {
                    cp = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                } catch (NumberFormatException ex) {
                    cp = -1;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
