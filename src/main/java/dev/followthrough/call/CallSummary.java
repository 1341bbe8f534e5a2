package dev.followthrough.call;

import dev.followthrough.core.Verdict;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the review queue. */
public record CallSummary(long id, CallStatus status, Verdict verdict, Long repId, String repName,
                          LocalDate meetingDate, String title, String customer, String originalName, String format,
                          Instant createdAt) {
}
