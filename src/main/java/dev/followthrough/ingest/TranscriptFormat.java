package dev.followthrough.ingest;

import java.util.Locale;
import java.util.Optional;

/** Transcript formats Followthrough reads. */
public enum TranscriptFormat {
    /** Any WebVTT: Zoom ("Name: text" cues), Teams ({@code <v Name>} tags), or without speakers. */
    VTT,
    SRT,
    /** Plain text: "Name: text", "[hh:mm:ss] Name: text", or "Name  hh:mm" then the text. */
    TEXT,
    /** JSON segment exports (docs/FORMATS.md lists the shapes). */
    JSON;

    public static Optional<TranscriptFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("WEBVTT") || v.equals("ZOOM") || v.equals("TEAMS")) {
            return Optional.of(VTT);
        }
        if (v.equals("TXT") || v.equals("PLAIN")) {
            return Optional.of(TEXT);
        }
        try {
            return Optional.of(valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new TranscriptRejectedException("unknown-format",
                    "Unknown format '" + value + "'. Use one of: vtt, srt, text, json.");
        }
    }
}
