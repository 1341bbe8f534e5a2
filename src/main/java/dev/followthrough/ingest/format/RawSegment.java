package dev.followthrough.ingest.format;

import java.time.Duration;

/**
 * One cue, line or JSON element as a reader found it, before cleaning and merging.
 *
 * @param where where it came from ("line 12", "segment 4"), so errors and warnings can point at it
 */
record RawSegment(String speaker, Duration start, Duration end, String text, String where) {
}
