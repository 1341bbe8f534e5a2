package dev.followthrough.crm.outbox;

import dev.followthrough.crm.CrmRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "crm_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    long version;

    @Column(name = "call_id", nullable = false)
    Long callId;

    @Column(name = "external_id", nullable = false)
    String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CrmRecord.Kind kind;

    @Column(name = "payload_json", nullable = false, columnDefinition = "text")
    String payloadJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OutboxStatus status;

    int attempts;

    @Column(name = "last_error", length = 4000)
    String lastError;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    String crm;

    @Column(name = "crm_id")
    String crmId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "sent_at")
    Instant sentAt;

    protected OutboxEntry() {
    }

    OutboxEntry(Long callId, String externalId, CrmRecord.Kind kind) {
        this.callId = callId;
        this.externalId = externalId;
        this.kind = kind;
        this.createdAt = Instant.now();
    }

    OutboxItem toItem() {
        return new OutboxItem(id, callId, externalId, kind, status, attempts, lastError, nextAttemptAt, crm, crmId,
                createdAt, updatedAt, sentAt);
    }
}
