package dev.followthrough.core;

import java.time.Duration;
import java.util.Objects;

/**
 * One normalised turn of a call: consecutive cues of one speaker merged, markup stripped.
 *
 * @param id      stable id within the call ("u1", "u2", ...), cited by action items and findings
 * @param seq     1-based position in the call
 * @param speaker display name as the transcript gives it, or {@code null} when the transcript names no one
 * @param start   offset from the start of the recording, {@code null} when the format carries no times
 * @param end     offset of the end of the turn, {@code null} when unknown
 * @param text    plain text, never markup
 */
public record Utterance(String id, int seq, String speaker, Duration start, Duration end, String text) {

    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static String idFor(int seq) {
        return "u" + seq;
    }

    /** "00:12:03" style timestamp, or empty when unknown. */
    public String startLabel() {
        return Timestamps.format(start);
    }
}
