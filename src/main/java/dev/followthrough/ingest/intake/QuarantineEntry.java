package dev.followthrough.ingest.intake;

import java.time.Instant;

/** A file that could not be read, kept with its reason. */
public record QuarantineEntry(long id, String fileName, String storedPath, String reasonCode, String reason,
                              String source, Instant createdAt, boolean resolved) {
}
