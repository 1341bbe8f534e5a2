package dev.followthrough.ingest.format;

import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides the format from the content; the file name is only a tie-breaker, because exports are often
 * renamed (.txt holding WebVTT is common).
 */
final class FormatDetector {

    private static final Pattern JSON_ARRAY_START = Pattern.compile("^\\[\\s*([{\\[\"\\]]|$)");
    private static final Pattern TIMING = Pattern.compile("^\\s*" + Clock.CLOCK + "\\s*-->", Pattern.MULTILINE);
    private static final int SNIFF_CHARS = 8192;

    private FormatDetector() {
    }

    static TranscriptFormat detect(String text) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (CueReader.hasWebVttHeader(head)) {
            return TranscriptFormat.VTT;
        }
        if (head.startsWith("{") || JSON_ARRAY_START.matcher(head.substring(0, Math.min(head.length(), 200))).find()) {
            return TranscriptFormat.JSON;
        }
        if (TIMING.matcher(head.substring(0, Math.min(head.length(), SNIFF_CHARS))).find()) {
            return TranscriptFormat.SRT;
        }
        return TranscriptFormat.TEXT;
    }

    /**
     * Checks a format the caller insists on against what the content evidently is, so "format=json" on a
     * WebVTT file fails with a sentence that says so instead of a JSON syntax error.
     */
    static void checkForced(TranscriptFormat forced, TranscriptFormat detected, String text) {
        boolean compatible = switch (forced) {
            case VTT, SRT -> detected == TranscriptFormat.VTT || detected == TranscriptFormat.SRT;
            case JSON -> detected == TranscriptFormat.JSON;
            case TEXT -> detected == TranscriptFormat.TEXT;
        };
        if (forced == TranscriptFormat.SRT && detected == TranscriptFormat.VTT) {
            compatible = false;
        }
        if (!compatible) {
            throw new TranscriptRejectedException("wrong-format", "The file was to be read as "
                    + forced.name().toLowerCase(Locale.ROOT) + ", but it " + describe(detected, text)
                    + ". Leave the format out to detect it, or pick " + detected.name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static String describe(TranscriptFormat detected, String text) {
        return switch (detected) {
            case VTT -> "starts with the WEBVTT header (it is WebVTT)";
            case JSON -> "starts with '" + text.stripLeading().charAt(0) + "' (it is JSON)";
            case SRT -> "contains cue timing lines (\"hh:mm:ss,mmm --> hh:mm:ss,mmm\": SRT or WebVTT cues)";
            case TEXT -> "has no cue timing line, WEBVTT header or JSON structure (it looks like plain text)";
        };
    }
}
