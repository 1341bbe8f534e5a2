package dev.followthrough.crm.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "crm_ledger")
@IdClass(LedgerEntry.Key.class)
class LedgerEntry {

    @Id
    @Column(name = "external_id")
    String externalId;

    @Id
    String crm;

    @Column(name = "crm_id", nullable = false)
    String crmId;

    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    protected LedgerEntry() {
    }

    LedgerEntry(String externalId, String crm, String crmId) {
        this.externalId = externalId;
        this.crm = crm;
        this.crmId = crmId;
        this.writtenAt = Instant.now();
    }

    record Key(String externalId, String crm) implements Serializable {
    }
}
