package dev.followthrough.ingest.format;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one transcript file may hold, so a runaway upload is refused with a reason instead of
 * exhausting memory or producing an unreadable call.
 *
 * @param maxBytes          the largest file accepted (10 MB by default: a 3-hour call as WebVTT is under 1 MB)
 * @param maxUtterances     the most utterances one call may have after merging
 * @param maxUtteranceChars merging of one speaker's consecutive cues stops at this length, so that a
 *                          citation still points at a readable passage rather than a whole monologue
 */
@ConfigurationProperties("followthrough.ingest")
public record IngestLimits(
        @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("50000") int maxUtterances,
        @DefaultValue("2000") int maxUtteranceChars) {

    public IngestLimits {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(10);
        }
        if (maxUtterances <= 0) {
            maxUtterances = 50_000;
        }
        if (maxUtteranceChars <= 0) {
            maxUtteranceChars = 2000;
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(DataSize.ofMegabytes(10), 50_000, 2000);
    }
}
