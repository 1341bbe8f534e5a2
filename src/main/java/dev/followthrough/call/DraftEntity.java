package dev.followthrough.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "draft")
class DraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "call_id", nullable = false)
    Long callId;

    @Column(nullable = false, length = 1000)
    String subject;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    @Column(name = "edited_by")
    String editedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected DraftEntity() {
    }

    DraftEntity(Long callId) {
        this.callId = callId;
    }
}
