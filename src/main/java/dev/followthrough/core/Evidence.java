package dev.followthrough.core;

import java.time.Duration;

/** A citation into the transcript: which utterance, when, who, and the words quoted from it. */
public record Evidence(String utteranceId, Duration start, String speaker, String quote) {

    public static Evidence of(Utterance u, String quote) {
        return new Evidence(u.id(), u.start(), u.speaker(), quote);
    }
}
