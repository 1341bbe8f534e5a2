package dev.followthrough.ingest.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "quarantined_file")
class QuarantinedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "stored_path")
    String storedPath;

    @Column(name = "content_hash")
    String contentHash;

    @Column(name = "reason_code", nullable = false)
    String reasonCode;

    @Column(nullable = false, length = 2000)
    String reason;

    @Column(nullable = false)
    String source;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    boolean resolved;

    protected QuarantinedFile() {
    }

    QuarantinedFile(String fileName, String storedPath, String contentHash, String reasonCode, String reason,
                    String source) {
        this.fileName = fileName;
        this.storedPath = storedPath;
        this.contentHash = contentHash;
        this.reasonCode = reasonCode;
        this.reason = reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason;
        this.source = source;
        this.createdAt = Instant.now();
    }

    QuarantineEntry toEntry() {
        return new QuarantineEntry(id, fileName, storedPath, reasonCode, reason, source, createdAt, resolved);
    }
}
