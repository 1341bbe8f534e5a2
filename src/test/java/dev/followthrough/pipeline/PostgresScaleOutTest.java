package dev.followthrough.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.FollowthroughApplication;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import dev.followthrough.crm.outbox.OutboxSender;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.setup.SampleImporter;
import dev.followthrough.support.Inboxes;
import dev.followthrough.support.Postgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Followthrough processes on one PostgreSQL database (a shared install scaled out), both running the job at
 * the same moment over the same NEW calls: every call is analysed by exactly one of them, none is lost, and both
 * jobs complete. Then both send the outbox to one CRM at once, and each record reaches it exactly once. Skipped, with a message, where no PostgreSQL server answers (see {@link Postgres}).
 */
class PostgresScaleOutTest {

    private static final String DATABASE = "followthrough_scale_" + ProcessHandle.current().pid();
    private static String url;
    private static final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    @BeforeAll
    static void twoInstances() throws SQLException {
        url = Postgres.freshDatabase(DATABASE, "PostgresScaleOutTest");
        apps.add(instance("a"));
        apps.add(instance("b"));
    }

    private static ConfigurableApplicationContext instance(String name) {
        // as arguments: SpringApplicationBuilder.properties() would be defaults, below application.properties
        return new SpringApplicationBuilder(FollowthroughApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=",
                "--followthrough.data-dir=target/scaleout-" + name,
                "--followthrough.inbox=target/scaleout-" + name + "/inbox",
                "--followthrough.run-on-start=false",
                "--followthrough.samples.import-on-start=false",
                "--followthrough.schedule.enabled=false",
                "--followthrough.admin-password=admin-test-password");
    }

    @AfterAll
    static void stop() throws SQLException {
        apps.forEach(ConfigurableApplicationContext::close);
        if (url != null) {
            Postgres.drop(DATABASE);
        }
    }

    @Test
    void twoWorkersShareTheCallsAndNoCallIsAnalysedTwice() throws Exception {
        ConfigurableApplicationContext a = apps.get(0);
        Inbox inbox = a.getBean(Inbox.class);
        Inboxes.clear(inbox.root());
        Inboxes.clear(apps.get(1).getBean(Inbox.class).root());
        a.getBean(SampleImporter.class).importFrom(Path.of("sample-transcripts"));
        int imported = inbox.scan().imported();
        assertThat(imported).isGreaterThanOrEqualTo(10);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JobExecution>> runs = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            JobRunner runner = apps.get(i).getBean(JobRunner.class);
            String trigger = "scale-out test, instance " + i;
            runs.add(pool.submit(() -> {
                go.await();
                return runner.runNow(trigger);
            }));
        }
        go.countDown();
        List<JobExecution> done = new ArrayList<>();
        for (Future<JobExecution> run : runs) {
            done.add(run.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(done).extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        CallStore calls = a.getBean(CallStore.class);
        assertThat(calls.count(CallStatus.NEW)).isZero();
        assertThat(calls.count(CallStatus.ANALYSING)).isZero();
        assertThat(calls.count(CallStatus.CLEAN) + calls.count(CallStatus.FLAGGED)).isEqualTo(imported);
        List<Long> runIds = done.stream().map(JobExecution::getId).toList();
        List<Long> analysedBy = jdbc.queryForList("select analysed_run from call_record", Long.class);
        assertThat(analysedBy).hasSize(imported).allMatch(runIds::contains);
        for (Long run : runIds) {
            assertThat(analysedBy).as("run %s took part", run).contains(run);
        }
        assertThat(jdbc.queryForObject("select count(*) from draft", Long.class)).isEqualTo(imported);
        assertThat(jdbc.queryForObject("select count(*) - count(distinct (call_id, position)) from action_item",
                Long.class)).as("no call's action items written twice").isZero();
        assertThat(jdbc.queryForObject("select count(*) - count(distinct (call_id, seq)) from utterance",
                Long.class)).isZero();
        long clean = calls.count(CallStatus.CLEAN);
        assertThat(jdbc.queryForObject("select count(distinct call_id) from crm_outbox", Long.class))
                .as("each clean call queued for the CRM").isEqualTo(clean);

        // then a CRM is connected and both instances sync at once: each record reaches it once
        Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
        CrmGateway crm = new CrmGateway() {
            public String name() {
                return "test-crm";
            }

            public CrmWriteResult write(CrmRecord record, String knownCrmId) {
                writes.computeIfAbsent(record.externalId(), k -> new AtomicInteger()).incrementAndGet();
                try {
                    Thread.sleep(20); // a CRM round trip, so that the two senders overlap
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new CrmWriteResult("crm-" + record.externalId(), List.of(), List.of());
            }
        };
        CountDownLatch sync = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<OutboxSender.SyncReport>> reports = new ArrayList<>();
        for (ConfigurableApplicationContext app : apps) {
            OutboxSender sender = app.getBean(OutboxSender.class);
            reports.add(senders.submit(() -> {
                sync.await();
                return sender.sendDue(crm);
            }));
        }
        sync.countDown();
        int sent = 0;
        for (Future<OutboxSender.SyncReport> r : reports) {
            sent += r.get(5, TimeUnit.MINUTES).sent();
        }
        senders.shutdown();
        long records = jdbc.queryForObject("select count(*) from crm_outbox", Long.class);
        assertThat(records).isPositive();
        assertThat(sent).isEqualTo(records);
        assertThat(writes).hasSize((int) records);
        assertThat(writes.values()).as("CRM writes per record").allMatch(n -> n.get() == 1);
        assertThat(jdbc.queryForObject("select count(*) from crm_outbox where status = 'SENT'", Long.class))
                .isEqualTo(records);
    }
}
