package dev.followthrough.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.crm.outbox.OutboxStatus;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.setup.SampleImporter;
import dev.followthrough.support.AppTest;
import dev.followthrough.support.Inboxes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The whole job on the shipped sample calls, plus broken files: nothing lost, nothing done twice. */
@AppTest
class FollowthroughJobTest {

    @Autowired
    JobRunner runner;
    @Autowired
    SampleImporter samples;
    @Autowired
    Inbox inbox;
    @Autowired
    CallStore calls;
    @Autowired
    CallIntake intake;
    @Autowired
    CrmOutbox outbox;

    @Test
    void processesEverySampleCallQuarantinesBrokenFilesAndIsIdempotentOnReRun() throws Exception {
        Path root = inbox.root();
        Inboxes.clear(root);
        SampleImporter.Imported imported = samples.importFrom(Path.of("sample-transcripts"));
        assertThat(imported.transcripts()).isGreaterThanOrEqualTo(10);
        assertThat(imported.reps()).isGreaterThanOrEqualTo(2);
        Files.write(root.resolve("zz-binary.vtt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x10});
        Files.writeString(root.resolve("zz-empty.txt"), "");
        Files.writeString(root.resolve("zz-bad-sidecar.txt"), "[00:00:01] Ann: We will send it Friday.\n");
        Files.writeString(root.resolve("zz-bad-sidecar.meta.json"), "{not json", StandardCharsets.UTF_8);
        long callsBefore = calls.list(null, PageRequest.of(0, 1)).getTotalElements();
        long lastIdBefore = calls.list(null, PageRequest.of(0, 1, org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "id"))).stream().mapToLong(s -> s.id()).max().orElse(0);

        JobExecution first = runner.runNow("test");

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long callsAfter = calls.list(null, PageRequest.of(0, 1)).getTotalElements();
        assertThat(callsAfter - callsBefore).isEqualTo(imported.transcripts());
        assertThat(Inboxes.countFiles(root.resolve("quarantine"))).as("three broken files and one sidecar")
                .isEqualTo(3 + 1 + 3);
        assertThat(Files.readString(root.resolve("quarantine/zz-binary.vtt.reason.txt"))).contains("[binary]");
        assertThat(intake.openQuarantine()).extracting(q -> q.fileName())
                .contains("zz-binary.vtt", "zz-empty.txt", "zz-bad-sidecar.txt");
        assertThat(inbox.pending()).isEmpty();
        assertThat(calls.count(CallStatus.NEW)).isZero();
        assertThat(calls.count(CallStatus.ANALYSING)).isZero();

        List<Long> ids = calls.list(null, PageRequest.of(0, 200)).map(s -> s.id()).getContent().stream()
                .filter(id -> id > lastIdBefore).toList();
        assertThat(ids).hasSize(imported.transcripts());
        for (long id : ids) {
            CallDetails d = calls.details(id).orElseThrow();
            assertThat(d.status()).as("call %s", d.originalName()).isIn(CallStatus.CLEAN, CallStatus.FLAGGED);
            assertThat(d.draft()).as("draft of %s", d.originalName()).isNotNull();
            assertThat(d.check()).isNotNull();
            assertThat(d.usage().engine()).isEqualTo("offline");
            d.actionItems().forEach(a -> a.evidence().forEach(e -> {
                String said = d.utterances().stream().filter(u -> u.id().equals(e.utteranceId())).findFirst()
                        .orElseThrow().text();
                assertThat(said).as("citation of %s", a.task()).contains(e.quote());
            }));
        }
        CallDetails injected = ids.stream().map(id -> calls.details(id).orElseThrow())
                .filter(d -> d.originalName().contains("injection")).findFirst().orElseThrow();
        assertThat(injected.status()).as("a call with a prompt injection waits for a human").isEqualTo(CallStatus.FLAGGED);
        assertThat(injected.check().findings()).anyMatch(f -> f.kind().equals("injection") && !f.evidence().isEmpty());
        assertThat(calls.usageByRun(5)).filteredOn(u -> u.key().equals(String.valueOf(first.getId())))
                .singleElement().satisfies(u -> assertThat(u.calls()).as("other tests may leave a NEW call behind")
                        .isGreaterThanOrEqualTo(imported.transcripts()));
        assertThat(calls.usageByDay(1)).isNotEmpty().allSatisfy(u -> assertThat(u.calls()).isPositive());
        Map<OutboxStatus, Long> queued = outbox.counts();
        assertThat(queued.get(OutboxStatus.WAITING_FOR_CRM)).as("clean calls wait for a CRM").isPositive();

        // dropping the same files again and re-running creates nothing new
        samples.importFrom(Path.of("sample-transcripts"));
        JobExecution second = runner.runNow("test");
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(calls.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(callsAfter);
        assertThat(outbox.counts()).isEqualTo(queued);
        assertThat(inbox.pending()).isEmpty();
    }
}
