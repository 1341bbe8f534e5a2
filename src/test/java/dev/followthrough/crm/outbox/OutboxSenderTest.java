package dev.followthrough.crm.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.AnalysisOutcome;
import dev.followthrough.call.CallStore;
import dev.followthrough.call.NewCall;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.support.AppTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** Exactly once: whatever fails between us and the CRM, each record exists there once. */
@AppTest
class OutboxSenderTest {

    @Autowired
    CallStore calls;
    @Autowired
    CrmOutbox outbox;
    @Autowired
    OutboxRepository entries;
    @Autowired
    LedgerRepository ledger;
    @Autowired
    PlatformTransactionManager tx;
    @Autowired
    JsonMapper json;

    FakeCrm crm;
    OutboxSender sender;
    long callId;

    @BeforeEach
    void setUp() {
        entries.findAll().forEach(e -> {
            e.status = OutboxStatus.SENT; // earlier tests' records are not this test's business
            entries.save(e);
        });
        crm = new FakeCrm();
        sender = new OutboxSender(outbox, entries, ledger, Optional.of(crm), tx, json);
        callId = storeCall();
        outbox.enqueue(calls.details(callId).orElseThrow(), "http://localhost/calls/" + callId);
    }

    @Test
    void withoutACrmRecordsWaitAndAreSentOnceOneIsConnected() {
        OutboxSender none = new OutboxSender(outbox, entries, ledger, Optional.empty(), tx, json);
        OutboxSender.SyncReport waiting = none.sendDue();
        assertThat(waiting.waitingForCrm()).isEqualTo(3);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.WAITING_FOR_CRM);

        OutboxSender.SyncReport sent = sender.sendDue();
        assertThat(sent.sent()).isEqualTo(3);
        assertThat(crm.stored).hasSize(3);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.SENT && i.crmId() != null);
        assertThat(ledger.findById(new LedgerEntry.Key("ft-call-" + callId + "-note", "fake"))).isPresent();

        assertThat(sender.sendDue().sent()).as("a second sync sends nothing").isZero();
        outbox.enqueue(calls.details(callId).orElseThrow(), "http://localhost/calls/" + callId);
        assertThat(sender.sendDue().sent()).as("re-queuing unchanged results sends nothing").isZero();
        assertThat(crm.writes).isEqualTo(3);
    }

    @Test
    void aTimeoutAfterTheCrmCommittedLeavesNoDuplicate() {
        crm.failNext(() -> new CrmException(Kind.RETRYABLE, "read timed out", Duration.ZERO, null, null), true);
        OutboxSender.SyncReport r = sender.sendDue();
        assertThat(r.retrying()).isEqualTo(1);
        assertThat(r.sent()).isEqualTo(2);
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(crm.stored).hasSize(3);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.SENT);
    }

    @Test
    void aCrashBetweenSendAndLedgerWriteLeavesNoDuplicate() {
        sender.sendDue();
        // as if the process died after the CRM answered and before our transaction committed
        ledger.deleteAll();
        entries.findAll().stream().filter(e -> e.callId == callId).forEach(e -> {
            e.status = OutboxStatus.PENDING;
            entries.save(e);
        });
        sender.sendDue();
        assertThat(crm.stored).hasSize(3);
        assertThat(crm.writes).isEqualTo(6);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.SENT);
    }

    @Test
    void aDailyLimitParksTheOutboxUntilTheNextDay() {
        Instant tomorrow = Instant.now().plus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        crm.failNext(() -> new CrmException(Kind.DAILY_LIMIT, "daily limit", null, tomorrow, null), false);
        OutboxSender.SyncReport r = sender.sendDue();
        assertThat(r.parkedUntil()).isEqualTo(tomorrow);
        assertThat(crm.writes).as("no spinning after the limit").isEqualTo(1);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.RETRY && tomorrow.equals(i.nextAttemptAt()));
        assertThat(sender.sendDue().sent()).as("nothing is due before the limit resets").isZero();
    }

    @Test
    void anAuthFailureStopsTheSyncAndIsReported() {
        crm.failNext(() -> new CrmException(Kind.AUTH, "401 invalid token", null, null, null), false);
        OutboxSender.SyncReport r = sender.sendDue();
        assertThat(r.authError()).contains("401");
        assertThat(crm.writes).isEqualTo(1);
        assertThat(sender.lastAuthError()).contains("401");
        assertThat(sender.sendDue().sent()).isEqualTo(3);
        assertThat(sender.lastAuthError()).isNull();
    }

    @Test
    void aPermanentErrorFailsTheRecordWithTheCrmsMessageUntilAnAdminRetriesIt() {
        crm.failNext(() -> new CrmException(Kind.PERMANENT, "Property hs_task_subject is required", null, null, null), false);
        OutboxSender.SyncReport r = sender.sendDue();
        assertThat(r.failed()).isEqualTo(1);
        OutboxItem failed = outbox.forCall(callId).stream().filter(i -> i.status() == OutboxStatus.FAILED).findFirst().orElseThrow();
        assertThat(failed.lastError()).contains("hs_task_subject");
        assertThat(sender.sendDue().sent()).as("a failed record is not retried by itself").isZero();
        outbox.retry(failed.id());
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(crm.stored).hasSize(3);
    }

    private long storeCall() {
        String tag = UUID.randomUUID().toString();
        Utterance u1 = new Utterance("u1", 1, "Dana Reyes", Duration.ofSeconds(3), Duration.ofSeconds(8),
                "I will send the pricing sheet by Friday. " + tag);
        Transcript t = new Transcript(List.of(u1));
        long id = calls.register(new NewCall("test", "outbox.txt", tag.getBytes(), tag, "TEXT", t, null,
                LocalDate.of(2026, 11, 3), "Pricing", "Acme", List.of())).callId();
        calls.claim(id);
        ActionItem item = new ActionItem("Dana Reyes", "Send the pricing sheet", LocalDate.of(2026, 11, 6), "by Friday",
                List.of(Evidence.of(u1, "I will send the pricing sheet by Friday.")));
        calls.saveAnalysis(id, new AnalysisOutcome(List.of(item), new Draft("Pricing", "Hi, pricing by Friday."),
                CheckResult.of(List.of(), Usage.offline("test", 0)), Usage.offline("test", 0)));
        return id;
    }
}
