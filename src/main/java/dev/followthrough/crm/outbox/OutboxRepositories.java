package dev.followthrough.crm.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByExternalId(String externalId);

    List<OutboxEntry> findByStatusInOrderByIdAsc(Collection<OutboxStatus> statuses);

    List<OutboxEntry> findByCallIdOrderByIdAsc(Long callId);

    List<OutboxEntry> findTop200ByOrderByIdDesc();

    long countByStatus(OutboxStatus status);

    /**
     * Takes a due record for one sender until {@code until}: 1 if this sender won it, 0 if another sender (another
     * instance on the same database) changed it since it was read. A sender that dies holding a lease leaves the
     * record due again once the lease has run out.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxEntry e set e.nextAttemptAt = :until, e.version = e.version + 1"
            + " where e.id = :id and e.version = :version and e.status in :due")
    int lease(long id, long version, Collection<OutboxStatus> due, Instant until);

    /** Marks a record as waiting for a CRM unless another sender got to it first; 1 if this call changed it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxEntry e set e.status = dev.followthrough.crm.outbox.OutboxStatus.WAITING_FOR_CRM,"
            + " e.updatedAt = :now, e.version = e.version + 1 where e.id = :id and e.version = :version")
    int holdForCrm(long id, long version, Instant now);
}

interface LedgerRepository extends JpaRepository<LedgerEntry, LedgerEntry.Key> {
}
