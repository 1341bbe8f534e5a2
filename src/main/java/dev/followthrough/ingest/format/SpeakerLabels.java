package dev.followthrough.ingest.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who is speaking in cue text: Teams voice tags or a Zoom-style "Name: words" prefix. */
final class SpeakerLabels {

    static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]{0,100})?(?:\\s+([^>]{0,200}))?>");
    private static final String NOT_IN_NAME = "<>[]{}\"\n";
    private static final String MARKUP_IN_NAME = "`*=#\\/";
    /** Styling that may precede the name, e.g. SRT "{\\an8}" or "<i>". */
    private static final Pattern LEADING_MARKUP = Pattern.compile("^\\s*(?:\\{\\\\[^}]{0,60}}|<[A-Za-z][^<>]{0,200}>)+");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    /** A cue whose prefix is taken as its speaker. */
    record Labelled(String speaker, String text) {
    }

    private SpeakerLabels() {
    }

    /** @return the "Name: words" split of a line, or {@code null} when the line has no plausible name prefix */
    static Labelled prefix(String text) {
        String t = text.stripLeading();
        if (!t.isEmpty() && (t.charAt(0) == '<' || t.charAt(0) == '{')) {
            t = LEADING_MARKUP.matcher(t).replaceFirst("");
        }
        // Hand-rolled rather than a regex: this runs for every cue of every call.
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 81 || colon + 1 >= t.length() || !Character.isWhitespace(t.charAt(colon + 1))) {
            return null;
        }
        String name = t.substring(0, colon).strip();
        for (int i = 0; i < name.length(); i++) {
            if (NOT_IN_NAME.indexOf(name.charAt(i)) >= 0) {
                return null;
            }
        }
        String rest = t.substring(colon + 1).strip();
        return rest.isEmpty() || !plausibleName(name) ? null : new Labelled(name, rest);
    }

    /**
     * Names are short, start with a letter or digit and contain a letter; this keeps "10:30", "https://...",
     * Markdown bullets ("- `rep`: ...") and headings from becoming speakers.
     */
    static boolean plausibleName(String name) {
        if (name.isEmpty() || name.length() > 80 || !Character.isLetterOrDigit(name.codePointAt(0))
                || !HAS_LETTER.matcher(name).find()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (MARKUP_IN_NAME.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return name.split("\\s+").length <= 8;
    }

    /**
     * Splits one cue at its voice tags. Text before the first tag has no speaker.
     *
     * @return one entry per voice span, in order
     */
    static List<Labelled> voices(String text) {
        Matcher m = VOICE.matcher(text);
        List<Labelled> parts = new java.util.ArrayList<>();
        String speaker = null;
        int from = 0;
        while (m.find()) {
            addPart(parts, speaker, text.substring(from, m.start()));
            speaker = m.group(1) == null ? null : Markup.clean(m.group(1));
            from = m.end();
        }
        addPart(parts, speaker, text.substring(from));
        return parts;
    }

    private static void addPart(List<Labelled> parts, String speaker, String text) {
        if (!text.isBlank()) {
            parts.add(new Labelled(speaker == null || speaker.isBlank() ? null : speaker, text));
        }
    }
}
