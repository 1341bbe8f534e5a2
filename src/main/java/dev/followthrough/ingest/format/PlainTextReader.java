package dev.followthrough.ingest.format;

import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text transcripts. A file is read in one layout only (the one most of its lines follow),
 * and lines that fit no layout continue the previous speaker's turn, so a wrapped sentence or a URL on its
 * own line is never mistaken for a new speaker.
 */
final class PlainTextReader implements FormatReader {

    private static final String NAME = "([^:\\t\\[\\]<>{}\"]{1,80}?)";
    /** "[00:01:02] Dana: text", "00:01:02 Dana: text", "(1:02) - Dana: text", Zoom chat "00:01:02\tDana:\ttext". */
    private static final Pattern STAMPED = Pattern.compile(
            "^\\s*[\\[(]?(" + Clock.CLOCK + ")[\\])]?\\s*(?:[-\u2013\u2014|]\\s*)?" + NAME + "\\s*:(?:\\s+(.*))?$");
    /** "[00:01:02] text" with no speaker. */
    private static final Pattern STAMPED_ANONYMOUS = Pattern.compile("^\\s*\\[(" + Clock.CLOCK + ")]\\s+(.*)$");
    /** Otter / Teams copy: "Dana Reyes  0:03" or "Dana Reyes (00:03)" alone on a line, then the words. */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*" + NAME + "(?:\\s{2,}|\\t|\\s*[\\[(])(" + Clock.CLOCK + ")[\\])]?\\s*$");
    /** "Dana: text", or "Dana:" alone with the words on the next lines. */
    private static final Pattern COLON = Pattern.compile("^\\s*" + NAME + "\\s*:(?:\\s+(.*))?$");
    private static final Pattern ZOOM_CHAT_FROM = Pattern.compile("^From\\s+(.+?)(?:\\s+to\\s+.+)?$");

    private enum Layout { STAMPED, HEADER, COLON }

    @Override
    public List<RawSegment> read(String text, Diagnostics diagnostics) {
        List<String> lines = Lines.split(text);
        Layout layout = chooseLayout(lines);
        if (layout == null) {
            throw new TranscriptRejectedException("unknown-format", "Could not recognise this text as a transcript: no line "
                    + "looks like \"Name: text\", \"[hh:mm:ss] Name: text\" or \"Name  hh:mm\" followed by the words"
                    + firstLineHint(lines) + ". Add speaker labels, or upload the .vtt/.srt/.json export instead.");
        }
        List<RawSegment> segments = new ArrayList<>();
        String speaker = null;
        Duration start = null;
        StringBuilder body = null;
        String where = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Lines.blank(line)) {
                continue;
            }
            if (layout == Layout.STAMPED) {
                rejectBadClock(line, i + 1);
            }
            Turn turn = match(layout, line);
            if (turn != null) {
                flush(segments, speaker, start, body, where);
                speaker = turn.speaker();
                start = turn.start();
                body = new StringBuilder(turn.text() == null ? "" : turn.text());
                where = "line " + (i + 1);
            } else if (body == null) {
                speaker = null;
                start = null;
                body = new StringBuilder(line);
                where = "line " + (i + 1);
            } else {
                body.append('\n').append(line);
            }
        }
        flush(segments, speaker, start, body, where);
        return segments;
    }

    /** A line shaped like "[00:00:75] Name:" is a broken timestamp, not text to fold into the previous turn. */
    private static void rejectBadClock(String line, int lineNo) {
        if (!mayMatch(Layout.STAMPED, line)) {
            return;
        }
        Matcher m = STAMPED.matcher(line);
        if (m.matches() && Clock.parse(m.group(1)) == null) {
            throw new TranscriptRejectedException("bad-timestamp", "Line " + lineNo + ": \"" + m.group(1)
                    + "\" is not a valid time (minutes and seconds must be below 60) in \"" + Lines.excerpt(line) + "\".");
        }
    }

    private record Turn(String speaker, Duration start, String text) {
    }

    private static void flush(List<RawSegment> out, String speaker, Duration start, StringBuilder body, String where) {
        if (body != null) {
            out.add(new RawSegment(speaker, start, null, body.toString(), where));
        }
    }

    private static Layout chooseLayout(List<String> lines) {
        int stamped = 0;
        int header = 0;
        int colon = 0;
        for (String line : lines) {
            if (Lines.blank(line)) {
                continue;
            }
            if (match(Layout.STAMPED, line) != null) {
                stamped++;
            } else if (match(Layout.HEADER, line) != null) {
                header++;
            } else if (match(Layout.COLON, line) != null) {
                colon++;
            }
        }
        // The layout most lines follow wins; a stray "Note: ..." inside an Otter block is then just text.
        if (stamped > 0 && stamped >= header && stamped >= colon) {
            return Layout.STAMPED;
        }
        if (header > 0 && header >= colon) {
            return Layout.HEADER;
        }
        return colon > 0 && conversation(lines) ? Layout.COLON : null;
    }

    /**
     * "Name: text" alone is weak evidence (any document has "Note: ..." lines), so a colon-layout file must
     * read like a conversation: someone speaks twice, the file is one or two turns, or most of its lines
     * are turns (a short exchange where each person speaks once).
     */
    private static boolean conversation(List<String> lines) {
        java.util.Map<String, Integer> turns = new java.util.HashMap<>();
        int total = 0;
        int nonBlank = 0;
        for (String line : lines) {
            if (Lines.blank(line)) {
                continue;
            }
            nonBlank++;
            Turn t = match(Layout.COLON, line);
            if (t != null) {
                total++;
                if (turns.merge(t.speaker(), 1, Integer::sum) > 1) {
                    return true;
                }
            }
        }
        return total <= 2 || total >= 0.6 * nonBlank;
    }

    private static Turn match(Layout layout, String line) {
        // Cheap shape checks first: every line of a file is tried against several layouts.
        if (!mayMatch(layout, line)) {
            return null;
        }
        switch (layout) {
            case STAMPED -> {
                Matcher m = STAMPED.matcher(line);
                if (m.matches()) {
                    String name = chatName(m.group(2).strip());
                    Duration at = Clock.parse(m.group(1));
                    if (at != null && SpeakerLabels.plausibleName(name)) {
                        return new Turn(name, at, m.group(3));
                    }
                }
                Matcher a = STAMPED_ANONYMOUS.matcher(line);
                if (a.matches() && Clock.parse(a.group(1)) != null) {
                    return new Turn(null, Clock.parse(a.group(1)), a.group(2));
                }
                return null;
            }
            case HEADER -> {
                Matcher m = HEADER.matcher(line);
                if (m.matches() && SpeakerLabels.plausibleName(m.group(1).strip()) && Clock.parse(m.group(2)) != null) {
                    return new Turn(m.group(1).strip(), Clock.parse(m.group(2)), null);
                }
                return null;
            }
            default -> {
                Matcher m = COLON.matcher(line);
                if (m.matches() && SpeakerLabels.plausibleName(m.group(1).strip())) {
                    return new Turn(m.group(1).strip(), null, m.group(2));
                }
                return null;
            }
        }
    }

    private static boolean mayMatch(Layout layout, String line) {
        return switch (layout) {
            case STAMPED -> {
                char c = firstNonSpace(line);
                yield c == '[' || c == '(' || (c >= '0' && c <= '9');
            }
            case HEADER -> {
                char c = lastNonSpace(line);
                yield c == ')' || c == ']' || (c >= '0' && c <= '9');
            }
            case COLON -> {
                int colon = line.indexOf(':');
                yield colon > 0 && colon < 100;
            }
        };
    }

    private static char firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    private static char lastNonSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    /** Older Zoom chat exports write "From Dana Reyes to Everyone : text". */
    private static String chatName(String name) {
        Matcher m = ZOOM_CHAT_FROM.matcher(name);
        return m.matches() ? m.group(1).strip() : name;
    }

    private static String firstLineHint(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!Lines.blank(lines.get(i))) {
                return " (line " + (i + 1) + " reads \"" + Lines.excerpt(lines.get(i)) + "\")";
            }
        }
        return "";
    }
}
