package dev.followthrough.call;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "check_finding")
class FindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    private int position;

    @Column(nullable = false, length = 4000)
    private String claim;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false, length = 2000)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "check_finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    private List<StoredEvidence> evidence = new ArrayList<>();

    protected FindingEntity() {
    }

    FindingEntity(Long callId, int position, Finding f) {
        this.callId = callId;
        this.position = position;
        this.claim = Texts.clip(f.claim(), 4000);
        this.source = f.source() == null ? "draft" : f.source();
        this.kind = f.kind() == null ? "general" : f.kind();
        this.status = f.status();
        this.severity = f.severity() == null ? Severity.MEDIUM : f.severity();
        this.reason = Texts.clip(f.reason() == null ? "" : f.reason(), 2000);
        f.evidence().forEach(e -> evidence.add(StoredEvidence.of(e)));
    }

    Finding toFinding() {
        return new Finding(claim, source, kind, status, severity, reason,
                evidence.stream().map(StoredEvidence::toEvidence).toList());
    }
}
