package dev.followthrough.rep;

import java.time.Instant;

/** One of a rep's sent emails the style profile is learned from: raw text, optionally starting "Subject: ...". */
public record SampleEmail(long id, String name, String content, Instant addedAt) {
}
