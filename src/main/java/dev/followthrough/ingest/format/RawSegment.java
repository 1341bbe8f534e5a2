package dev.followthrough.ingest.format;

import java.time.Duration;

/**
 * One cue, line or JSON element as a reader found it, before cleaning and merging.
 *
 * @param where    where it came from ("line 12", "segment 4"), so errors and warnings can point at it
 * @param sourceId the id the file itself gives it (a WebVTT cue identifier, a JSON "id"), or {@code null}
 */
record RawSegment(String speaker, Duration start, Duration end, String text, String where, String sourceId) {

    RawSegment(String speaker, Duration start, Duration end, String text, String where) {
        this(speaker, start, end, text, where, null);
    }

    RawSegment withText(String speaker, String text) {
        return new RawSegment(speaker, start, end, text, where, sourceId);
    }
}
