package dev.followthrough.call;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "call_record")
class CallRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    long version;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    @Column(nullable = false)
    String source;

    @Column(name = "original_name", nullable = false)
    String originalName;

    // LONG32VARBINARY, not @Lob: a plain byte column on every database (H2 blob, PostgreSQL bytea), where @Lob
    // would mean a PostgreSQL large object, with its own lifecycle and reads that need an open transaction.
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_content", nullable = false)
    byte[] originalContent;

    @Column(nullable = false)
    String format;

    @Column(name = "rep_id")
    Long repId;

    @Column(name = "meeting_date", nullable = false)
    LocalDate meetingDate;

    String title;

    String customer;

    @Column(name = "attendees_json", columnDefinition = "text")
    String attendeesJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CallStatus status;

    @Column(name = "status_detail", length = 2000)
    String statusDetail;

    String verdict;

    String engine;

    String model;

    @Column(name = "prompt_version")
    String promptVersion;

    @Column(name = "tokens_in", nullable = false)
    long tokensIn;

    @Column(name = "tokens_out", nullable = false)
    long tokensOut;

    @Column(name = "cost_usd", nullable = false, precision = 14, scale = 6)
    BigDecimal costUsd = BigDecimal.ZERO;

    @Column(name = "latency_ms", nullable = false)
    long latencyMs;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "analysed_at")
    Instant analysedAt;

    @Column(name = "analysed_run")
    Long analysedRun;

    protected CallRecord() {
    }
}
