package dev.followthrough.call;

import dev.followthrough.core.Utterance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

@Entity
@Table(name = "utterance")
class UtteranceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "utterance_key", nullable = false)
    private String utteranceKey;

    private int seq;

    private String speaker;

    @Column(name = "start_ms")
    private Long startMs;

    @Column(name = "end_ms")
    private Long endMs;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    protected UtteranceEntity() {
    }

    UtteranceEntity(Long callId, Utterance u) {
        this.callId = callId;
        this.utteranceKey = u.id();
        this.seq = u.seq();
        this.speaker = Texts.clip(u.speaker(), 300);
        this.startMs = u.start() == null ? null : u.start().toMillis();
        this.endMs = u.end() == null ? null : u.end().toMillis();
        this.text = u.text();
    }

    Utterance toUtterance() {
        return new Utterance(utteranceKey, seq, speaker, startMs == null ? null : Duration.ofMillis(startMs),
                endMs == null ? null : Duration.ofMillis(endMs), text);
    }
}
