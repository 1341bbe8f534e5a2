package dev.followthrough.crm.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByExternalId(String externalId);

    List<OutboxEntry> findByStatusInOrderByIdAsc(Collection<OutboxStatus> statuses);

    List<OutboxEntry> findByCallIdOrderByIdAsc(Long callId);

    List<OutboxEntry> findTop200ByOrderByIdDesc();

    long countByStatus(OutboxStatus status);
}

interface LedgerRepository extends JpaRepository<LedgerEntry, LedgerEntry.Key> {
}
