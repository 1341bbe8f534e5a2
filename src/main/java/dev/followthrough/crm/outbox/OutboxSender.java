package dev.followthrough.crm.outbox;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what is due in the outbox. The ledger write and the SENT mark share one transaction after the CRM
 * answered; if we crash before it, the record is sent again, and the adapter's upsert on our external id
 * turns that second send into an update of the same CRM record. Several instances on one database share the
 * outbox: each record is leased to one sender before it is sent (see {@link OutboxRepository#lease}).
 */
@Service
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 10;
    /** Longer than one record's write with the CRM client's own retries, so a live sender never loses its lease. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final CrmOutbox outbox;
    private final OutboxRepository entries;
    private final LedgerRepository ledger;
    private final Optional<CrmGateway> gateway;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private volatile String lastAuthError;

    OutboxSender(CrmOutbox outbox, OutboxRepository entries, LedgerRepository ledger, Optional<CrmGateway> gateway,
                 PlatformTransactionManager txm, JsonMapper json) {
        this.outbox = outbox;
        this.entries = entries;
        this.ledger = ledger;
        this.gateway = gateway;
        this.tx = new TransactionTemplate(txm);
        // each record's outcome commits on its own, even when the caller (the batch step) holds a transaction
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    public record SyncReport(String crm, int sent, int waitingForCrm, int retrying, int failed, Instant parkedUntil,
                             String authError) {
    }

    /** The CRM in use, or empty on the embedded default (records then wait in the outbox). */
    public Optional<String> crmName() {
        return gateway.map(CrmGateway::name);
    }

    public String lastAuthError() {
        return lastAuthError;
    }

    /** Sends what is due to the configured CRM; without one, marks it as waiting for a CRM. */
    public SyncReport sendDue() {
        return gateway.map(this::sendDue).orElseGet(this::holdForCrm);
    }

    private SyncReport holdForCrm() {
        List<OutboxEntry> due = outbox.due(Instant.now());
        for (OutboxEntry e : due) {
            if (e.status != OutboxStatus.WAITING_FOR_CRM) {
                tx.executeWithoutResult(s -> entries.holdForCrm(e.id, e.version, Instant.now()));
            }
        }
        return new SyncReport(null, 0, due.size(), 0, 0, null, null);
    }

    /** Sends what is due to the given CRM. */
    public SyncReport sendDue(CrmGateway crm) {
        List<OutboxEntry> due = outbox.due(Instant.now());
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (OutboxEntry e : due) {
            if (!lease(e)) {
                continue; // another instance is sending it
            }
            CrmRecord record = json.readValue(e.payloadJson, CrmRecord.class);
            String known = ledger.findById(new LedgerEntry.Key(e.externalId, crm.name())).map(l -> l.crmId).orElse(null);
            try {
                CrmWriteResult result = crm.write(record, known);
                tx.executeWithoutResult(s -> {
                    ledger.save(new LedgerEntry(e.externalId, crm.name(), result.crmId()));
                    OutboxEntry fresh = entries.findById(e.id).orElseThrow();
                    fresh.status = OutboxStatus.SENT;
                    fresh.crm = crm.name();
                    fresh.crmId = result.crmId();
                    fresh.attempts++;
                    fresh.lastError = null;
                    fresh.nextAttemptAt = null;
                    fresh.sentAt = Instant.now();
                    fresh.updatedAt = fresh.sentAt;
                });
                lastAuthError = null;
                sent++;
            } catch (CrmException ex) {
                switch (ex.kind()) {
                    case RETRYABLE -> {
                        boolean giveUp = e.attempts + 1 >= MAX_ATTEMPTS;
                        Duration wait = ex.retryAfter() != null ? ex.retryAfter() : backoff(e.attempts);
                        mark(e.id, giveUp ? OutboxStatus.FAILED : OutboxStatus.RETRY, ex.getMessage(),
                                Instant.now().plus(wait), crm.name(), null, true);
                        if (giveUp) {
                            failed++;
                        } else {
                            retrying++;
                        }
                    }
                    case DAILY_LIMIT -> {
                        Instant until = ex.notBefore() != null ? ex.notBefore() : Instant.now().plus(Duration.ofHours(1));
                        log.warn("{} daily limit reached; the outbox is parked until {}", crm.name(), until);
                        for (OutboxEntry rest : due.subList(due.indexOf(e), due.size())) {
                            mark(rest.id, OutboxStatus.RETRY, ex.getMessage(), until, crm.name(), null, rest == e);
                        }
                        return new SyncReport(crm.name(), sent, 0, retrying + due.size() - due.indexOf(e), failed, until,
                                null);
                    }
                    case PERMANENT -> {
                        mark(e.id, OutboxStatus.FAILED, ex.getMessage(), null, crm.name(), null, true);
                        failed++;
                    }
                    case AUTH -> {
                        lastAuthError = ex.getMessage();
                        log.error("{} refused our credentials; CRM sync stopped: {}", crm.name(), ex.getMessage());
                        mark(e.id, OutboxStatus.RETRY, ex.getMessage(), null, crm.name(), null, true);
                        return new SyncReport(crm.name(), sent, 0, retrying + 1, failed, null, ex.getMessage());
                    }
                    default -> throw new IllegalStateException(ex.kind().name());
                }
            }
        }
        return new SyncReport(crm.name(), sent, 0, retrying, failed, null, null);
    }

    private boolean lease(OutboxEntry e) {
        Integer won = tx.execute(s -> entries.lease(e.id, e.version, CrmOutbox.DUE, Instant.now().plus(LEASE)));
        return won != null && won == 1;
    }

    static Duration backoff(int attempts) {
        long seconds = Math.min(3600, 30L << Math.min(attempts, 7));
        return Duration.ofSeconds(seconds);
    }

    private void mark(long id, OutboxStatus status, String error, Instant next, String crm, String crmId,
                      boolean attempt) {
        try {
            tx.executeWithoutResult(s -> entries.findById(id).ifPresent(e -> {
                e.status = status;
                e.lastError = error == null ? null : (error.length() > 4000 ? error.substring(0, 3999) : error);
                e.nextAttemptAt = next;
                if (crm != null) {
                    e.crm = crm;
                }
                if (crmId != null) {
                    e.crmId = crmId;
                }
                if (attempt) {
                    e.attempts++;
                }
                e.updatedAt = Instant.now();
            }));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // another instance on the same database updated the record after this one read it; its outcome stands
            log.debug("Outbox record {} changed by another sender; not marked {}", id, status);
        }
    }
}
