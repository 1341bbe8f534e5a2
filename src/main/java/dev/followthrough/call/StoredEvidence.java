package dev.followthrough.call;

import dev.followthrough.core.Evidence;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;

@Embeddable
public class StoredEvidence {

    @Column(name = "utterance_key", nullable = false)
    private String utteranceKey;

    @Column(name = "start_ms")
    private Long startMs;

    private String speaker;

    @Column(nullable = false, length = 4000)
    private String quote;

    protected StoredEvidence() {
    }

    static StoredEvidence of(Evidence e) {
        StoredEvidence s = new StoredEvidence();
        s.utteranceKey = e.utteranceId();
        s.startMs = e.start() == null ? null : e.start().toMillis();
        s.speaker = e.speaker();
        s.quote = Texts.clip(e.quote(), 4000);
        return s;
    }

    public Evidence toEvidence() {
        return new Evidence(utteranceKey, startMs == null ? null : Duration.ofMillis(startMs), speaker, quote);
    }
}
