package dev.followthrough.crm.outbox;

import dev.followthrough.crm.CrmRecord;
import java.time.Instant;

/** One outbox record as admins and reps see it. */
public record OutboxItem(long id, long callId, String externalId, CrmRecord.Kind kind, OutboxStatus status,
                         int attempts, String lastError, Instant nextAttemptAt, String crm, String crmId,
                         Instant createdAt, Instant updatedAt, Instant sentAt) {
}
