package dev.followthrough.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.support.AppTest;
import dev.followthrough.support.Inboxes;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A worker that died mid-analysis loses no call, and a call analysed already is not analysed again. */
@AppTest
class CrashRecoveryTest {

    @Autowired
    JobRunner runner;
    @Autowired
    CallStore calls;
    @Autowired
    CallIntake intake;
    @Autowired
    CallProcessing processing;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    long call(String who) {
        String text = "[00:00:01] " + who + ": I will send the contract by Friday. (" + UUID.randomUUID() + ")\n"
                + "[00:00:05] Lee Park: Thanks, I will review it next week.\n";
        return intake.accept(text.getBytes(StandardCharsets.UTF_8), who + ".txt", null, CallMetadata.none(), "test").callId();
    }

    @Test
    void aStaleClaimIsPickedUpAgainAndFinishedCallsAreLeftAlone() throws Exception {
        Inboxes.clear(inbox.root());
        long done = call("Ann Ames");
        long crashed = call("Bob Berg");
        long waiting = call("Cy Cole");
        processing.process(done);
        Instant doneAt = calls.details(done).orElseThrow().analysedAt();
        assertThat(calls.claim(crashed)).isTrue(); // a worker took it, then the process died
        jdbc.update("update call_record set updated_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(2))), crashed);

        assertThat(runner.runNow("test").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(calls.details(crashed).orElseThrow().status()).isIn(CallStatus.CLEAN, CallStatus.FLAGGED);
        assertThat(calls.details(waiting).orElseThrow().status()).isIn(CallStatus.CLEAN, CallStatus.FLAGGED);
        assertThat(calls.details(done).orElseThrow().analysedAt()).as("not analysed twice").isEqualTo(doneAt);
        assertThat(calls.count(CallStatus.ANALYSING)).isZero();
    }

    @Test
    void aFreshClaimIsNotStolenByARun() throws Exception {
        Inboxes.clear(inbox.root());
        long busy = call("Dee Dunn");
        assertThat(calls.claim(busy)).isTrue(); // another worker (a sync upload) is on it right now
        runner.runNow("test");
        assertThat(calls.details(busy).orElseThrow().status()).isEqualTo(CallStatus.ANALYSING);
        assertThat(calls.claim(busy)).as("only one worker wins a claim").isFalse();
        jdbc.update("update call_record set status = 'NEW' where id = ?", busy);
    }
}
