package dev.followthrough.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "call_id")
    Long callId;

    @Column(nullable = false)
    String actor;

    @Column(nullable = false)
    String action;

    @Column(length = 4000)
    String detail;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected AuditEvent() {
    }

    AuditEvent(Long callId, String actor, String action, String detail) {
        this.callId = callId;
        this.actor = actor;
        this.action = action;
        this.detail = detail != null && detail.length() > 4000 ? detail.substring(0, 3999) : detail;
        this.createdAt = Instant.now();
    }
}
