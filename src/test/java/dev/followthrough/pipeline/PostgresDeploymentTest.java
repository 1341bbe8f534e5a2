package dev.followthrough.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.crm.outbox.OutboxStatus;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.llm.SpendLedger;
import dev.followthrough.setup.SampleImporter;
import dev.followthrough.support.Inboxes;
import dev.followthrough.support.Postgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's shared install: the same job with PostgreSQL instead of the embedded H2. Flyway must build the schema
 * from nothing, Hibernate must accept it, and every store (calls with their original bytes, the outbox, the spend
 * ledger, Spring Batch's own tables) must work on it. In a database of its own on the local server (see
 * {@link Postgres}), dropped afterwards; skipped, with a message, where no server answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "followthrough.data-dir=target/pgtest",
        "followthrough.inbox=target/pgtest/inbox",
        "followthrough.run-on-start=false",
        "followthrough.samples.import-on-start=false",
        "followthrough.schedule.enabled=false",
        "followthrough.admin-password=admin-test-password"
})
@DirtiesContext
class PostgresDeploymentTest {

    private static final String DATABASE = "followthrough_test_" + ProcessHandle.current().pid();
    private static String url;

    @Autowired
    JobRunner runner;
    @Autowired
    SampleImporter samples;
    @Autowired
    Inbox inbox;
    @Autowired
    CallStore calls;
    @Autowired
    CrmOutbox outbox;
    @Autowired
    SpendLedger spend;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void createDatabase() throws SQLException {
        url = Postgres.freshDatabase(DATABASE, "PostgresDeploymentTest");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (url != null) {
            Postgres.drop(DATABASE);
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void theWholeJobRunsOnPostgresAndARerunAddsNothing() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactly("1", "2", "3", "4");

        Path root = inbox.root();
        Inboxes.clear(root);
        SampleImporter.Imported imported = samples.importFrom(Path.of("sample-transcripts"));
        assertThat(imported.transcripts()).isGreaterThanOrEqualTo(10);

        assertThat(runner.runNow("test").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Long> ids = calls.list(null, PageRequest.of(0, 200)).map(s -> s.id()).getContent();
        assertThat(ids).hasSize(imported.transcripts());
        for (long id : ids) {
            CallDetails d = calls.details(id).orElseThrow();
            assertThat(d.status()).as("call %s", d.originalName()).isIn(CallStatus.CLEAN, CallStatus.FLAGGED);
            assertThat(d.draft()).isNotNull();
            assertThat(d.utterances()).isNotEmpty();
        }
        long repId = jdbc.queryForObject("select min(rep_id) from call_record where rep_id is not null", Long.class);
        assertThat(calls.list(repId, PageRequest.of(0, 200)).getContent()).isNotEmpty()
                .hasSizeLessThan(ids.size());
        assertThat(calls.count(CallStatus.NEW)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from call_record where octet_length(original_content) > 0",
                Long.class)).as("original bytes kept").isEqualTo(ids.size());
        Map<OutboxStatus, Long> queued = outbox.counts();
        assertThat(queued.get(OutboxStatus.WAITING_FOR_CRM)).as("clean calls wait for a CRM").isPositive();

        spend.add(LocalDate.of(2026, 12, 1), new BigDecimal("0.25"));
        spend.add(LocalDate.of(2026, 12, 1), new BigDecimal("0.50"));
        assertThat(spend.spentOn(LocalDate.of(2026, 12, 1))).isEqualByComparingTo("0.75");

        samples.importFrom(Path.of("sample-transcripts"));
        assertThat(runner.runNow("test").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(calls.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(ids.size());
        assertThat(outbox.counts()).isEqualTo(queued);
    }
}
