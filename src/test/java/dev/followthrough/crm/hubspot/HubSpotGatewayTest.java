package dev.followthrough.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.CrmProperties;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;

class HubSpotGatewayTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-03T20:30:00Z"); // 15:30 in New York
    static final Instant CALL = Instant.parse("2026-11-03T15:00:00Z");

    MockWebServer server;
    FakeHubSpot hubspot;
    List<RecordedRequest> seen;

    @BeforeEach
    void start() throws Exception {
        hubspot = new FakeHubSpot();
        hubspot.contacts.add(Map.of("id", "101", "email", "jordan.lee@acme.example", "associatedcompanyid", "501"));
        hubspot.contacts.add(Map.of("id", "102", "email", "sam.ortiz@acme.example"));
        hubspot.owners.put("dana.reyes@northwind.example", "77001");
        hubspot.deals.add(new FakeHubSpot.Deal("601", List.of("101"), true, 3_000));
        hubspot.deals.add(new FakeHubSpot.Deal("602", List.of("101"), false, 2_000));
        hubspot.deals.add(new FakeHubSpot.Deal("603", List.of("999"), false, 9_000));
        server = new MockWebServer();
        server.setDispatcher(hubspot);
        server.start();
        seen = new ArrayList<>();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HubSpotGateway gateway() {
        return gateway(true, Set.of("notes", "tasks", "emails"), Duration.ofSeconds(5));
    }

    HubSpotGateway gateway(boolean requireContact, Set<String> upsertObjects, Duration readTimeout) {
        CrmProperties props = new CrmProperties(CrmProperties.Provider.HUBSPOT, requireContact, ZONE,
                new CrmProperties.Timeouts(Duration.ofSeconds(2), readTimeout, readTimeout.plusSeconds(5)),
                new CrmProperties.HubSpot(server.url("/").toString(), FakeHubSpot.TOKEN, "followthrough_id",
                        upsertObjects),
                new CrmProperties.Salesforce(null, null, null, null, "62.0", "Followthrough_Id__c"));
        return new HubSpotGateway(props, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CrmRecord task(String externalId) {
        return new CrmRecord(externalId, CrmRecord.Kind.TASK, 42, "dana.reyes@northwind.example",
                List.of("jordan.lee@acme.example", "sam.ortiz@acme.example", "nobody@acme.example"),
                "Send the revised quote", "Send the revised quote with the 10% volume discount.\n"
                + "\"I'll send the revised quote by Friday\" (Dana Reyes, 00:12:03)",
                LocalDate.of(2026, 11, 6), CALL, "https://followthrough.example/calls/42");
    }

    static CrmRecord note() {
        return new CrmRecord("ft-call-42-note", CrmRecord.Kind.NOTE, 42, "dana.reyes@northwind.example",
                List.of("jordan.lee@acme.example"), "Call with Acme Logistics",
                "Discussed pricing & rollout <phase 1>.\nNext: revised quote.", null, CALL,
                "https://followthrough.example/calls/42");
    }

    static CrmRecord email() {
        return new CrmRecord("ft-call-42-email", CrmRecord.Kind.EMAIL, 42, "dana.reyes@northwind.example",
                List.of("jordan.lee@acme.example"), "Revised quote and next steps",
                "Hi Jordan,\n\nThanks for your time today.\n\nDana", null, CALL, null);
    }

    List<RecordedRequest> drain() throws InterruptedException {
        RecordedRequest r;
        while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            seen.add(r);
        }
        return seen;
    }

    RecordedRequest only(String method, String path) throws InterruptedException {
        List<RecordedRequest> matching = drain().stream()
                .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path)).toList();
        assertThat(matching).as(method + " " + path).hasSize(1);
        return matching.get(0);
    }

    long countRequests(String method, String path) throws InterruptedException {
        return drain().stream().filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
                .count();
    }

    static JsonNode json(RecordedRequest r) {
        return CrmJson.parse(r.getBody().utf8());
    }

    @Test
    void taskIsUpsertedOnOurIdWithOwnerDueDateAndBodyThenAssociated() throws Exception {
        CrmWriteResult result = gateway().write(task("ft-call-42-task-1"), null);

        RecordedRequest upsert = only("POST", "/crm/v3/objects/tasks/batch/upsert");
        assertThat(upsert.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeHubSpot.TOKEN);
        assertThat(upsert.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode input = json(upsert).path("inputs").path(0);
        assertThat(input.path("idProperty").asString()).isEqualTo("followthrough_id");
        assertThat(input.path("id").asString()).isEqualTo("ft-call-42-task-1");
        JsonNode p = input.path("properties");
        assertThat(p.path("hs_task_subject").asString()).isEqualTo("Send the revised quote");
        assertThat(p.path("hs_task_body").asString())
                .contains("&quot;I'll send the revised quote by Friday&quot; (Dana Reyes, 00:12:03)")
                .contains("<br>")
                .contains("<a href=\"https://followthrough.example/calls/42\">");
        // Friday 2026-11-06 at 09:00 in New York (EST, UTC-5).
        assertThat(p.path("hs_timestamp").asString()).isEqualTo("2026-11-06T14:00:00Z");
        assertThat(p.path("hs_task_status").asString()).isEqualTo("NOT_STARTED");
        assertThat(p.path("hubspot_owner_id").asString()).isEqualTo("77001");
        assertThat(p.path("followthrough_id").asString()).isEqualTo("ft-call-42-task-1");

        RecordedRequest owners = only("GET", "/crm/v3/owners");
        assertThat(owners.getUrl().queryParameter("email")).isEqualTo("dana.reyes@northwind.example");
        JsonNode search = json(only("POST", "/crm/v3/objects/contacts/search"));
        assertThat(search.path("filterGroups")).hasSize(3);
        assertThat(search.path("filterGroups").path(0).path("filters").path(0).path("value").asString())
                .isEqualTo("jordan.lee@acme.example");

        String id = result.crmId();
        assertThat(hubspot.count("tasks")).isEqualTo(1);
        assertThat(hubspot.associations).containsExactlyInAnyOrder(
                "tasks/" + id + "->contacts/101:204", "tasks/" + id + "->contacts/102:204",
                "tasks/" + id + "->companies/501:192", "tasks/" + id + "->deals/602:216");
        JsonNode assoc = json(only("POST", "/crm/v4/associations/tasks/contacts/batch/create"));
        assertThat(assoc.path("inputs").path(0).path("types").path(0).path("associationCategory").asString())
                .isEqualTo("HUBSPOT_DEFINED");
        assertThat(result.associatedIds()).containsExactly("contact:101", "contact:102", "company:501", "deal:602");
        assertThat(result.warnings()).anyMatch(w -> w.contains("nobody@acme.example"));
    }

    @Test
    void noteCarriesEscapedHtmlBodyAndTimestampOfTheCall() throws Exception {
        CrmWriteResult result = gateway().write(note(), null);

        JsonNode p = json(only("POST", "/crm/v3/objects/notes/batch/upsert")).path("inputs").path(0).path("properties");
        assertThat(p.path("hs_timestamp").asString()).isEqualTo("2026-11-03T15:00:00Z");
        assertThat(p.path("hs_note_body").asString())
                .startsWith("<p><strong>Call with Acme Logistics</strong></p>")
                .contains("pricing &amp; rollout &lt;phase 1&gt;.<br>Next")
                .endsWith("<p><a href=\"https://followthrough.example/calls/42\">Open the call in Followthrough</a></p>");
        assertThat(hubspot.associations).contains("notes/" + result.crmId() + "->contacts/101:202",
                "notes/" + result.crmId() + "->companies/501:190", "notes/" + result.crmId() + "->deals/602:214");
    }

    @Test
    void emailIsLoggedAsSentOutgoingEmailWithHeaders() throws Exception {
        CrmWriteResult result = gateway().write(email(), null);

        JsonNode p = json(only("POST", "/crm/v3/objects/emails/batch/upsert")).path("inputs").path(0)
                .path("properties");
        assertThat(p.path("hs_email_direction").asString()).isEqualTo("EMAIL");
        assertThat(p.path("hs_email_status").asString()).isEqualTo("SENT");
        assertThat(p.path("hs_email_subject").asString()).isEqualTo("Revised quote and next steps");
        assertThat(p.path("hs_email_text").asString()).isEqualTo("Hi Jordan,\n\nThanks for your time today.\n\nDana");
        JsonNode headers = CrmJson.parse(p.path("hs_email_headers").asString());
        assertThat(headers.path("from").path("email").asString()).isEqualTo("dana.reyes@northwind.example");
        assertThat(headers.path("to").path(0).path("email").asString()).isEqualTo("jordan.lee@acme.example");
        assertThat(hubspot.associations).contains("emails/" + result.crmId() + "->contacts/101:198");
    }

    @Test
    void timeoutAfterHubSpotCommittedThenRetryCreatesNoDuplicate() throws Exception {
        HubSpotGateway gateway = gateway(true, Set.of("notes", "tasks", "emails"), Duration.ofMillis(800));
        hubspot.delayNextWriteMillis = 2_500;

        CrmException timeout = catchThrowableOfType(CrmException.class,
                () -> gateway.write(task("ft-call-42-task-1"), null));
        assertThat(timeout.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(timeout.retryAfter()).isPositive();
        assertThat(hubspot.count("tasks")).as("HubSpot committed before the client gave up").isEqualTo(1);

        CrmWriteResult retry = gateway.write(task("ft-call-42-task-1"), null);

        assertThat(hubspot.count("tasks")).isEqualTo(1);
        assertThat(hubspot.objects.get("tasks")).containsOnlyKeys(retry.crmId());
        assertThat(countRequests("POST", "/crm/v3/objects/tasks/batch/upsert"))
                .as("one upsert per write: OkHttp replayed nothing").isEqualTo(2);
    }

    @Test
    void connectionDroppedAfterCommitIsNotReplayedByOkHttpAndTheRetryFindsTheObject() throws Exception {
        HubSpotGateway gateway = gateway();
        hubspot.dropNextWrite = true;

        CrmException dropped = catchThrowableOfType(CrmException.class,
                () -> gateway.write(task("ft-call-42-task-1"), null));
        assertThat(dropped.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(countRequests("POST", "/crm/v3/objects/tasks/batch/upsert")).isEqualTo(1);

        String id = gateway.write(task("ft-call-42-task-1"), null).crmId();
        assertThat(hubspot.objects.get("tasks")).containsOnlyKeys(id);
    }

    @Test
    void a408IsReturnedToTheOutboxNotSilentlyReplayed() throws Exception {
        // OkHttp's default retries a 408 even for a POST; with retryOnConnectionFailure(false) it must not.
        hubspot.failNext("/batch/upsert", new MockResponse.Builder().code(408).body("").build());
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(countRequests("POST", "/crm/v3/objects/notes/batch/upsert")).isEqualTo(1);
        assertThat(hubspot.count("notes")).isZero();
    }

    @Test
    void resendAfterLostLedgerWriteReturnsTheSameObject() {
        HubSpotGateway gateway = gateway();
        CrmWriteResult first = gateway.write(task("ft-call-42-task-1"), null);
        CrmWriteResult again = gateway.write(task("ft-call-42-task-1"), null);
        CrmWriteResult other = gateway.write(task("ft-call-42-task-2"), null);

        assertThat(again.crmId()).isEqualTo(first.crmId());
        assertThat(other.crmId()).isNotEqualTo(first.crmId());
        assertThat(hubspot.count("tasks")).isEqualTo(2);
        assertThat(hubspot.associations.stream().filter(a -> a.startsWith("tasks/" + first.crmId() + "->contacts/101")))
                .hasSize(1);
    }

    @Test
    void knownCrmIdUpdatesInPlaceAndLeavesTheRepsTaskStatusAlone() throws Exception {
        HubSpotGateway gateway = gateway();
        String id = gateway.write(task("ft-call-42-task-1"), null).crmId();
        hubspot.objects.get("tasks").get(id).put("hs_task_status", "COMPLETED");

        CrmWriteResult result = gateway.write(task("ft-call-42-task-1"), id);

        assertThat(result.crmId()).isEqualTo(id);
        RecordedRequest patch = only("PATCH", "/crm/v3/objects/tasks/" + id);
        assertThat(json(patch).path("properties").has("hs_task_status")).isFalse();
        assertThat(hubspot.objects.get("tasks").get(id).get("hs_task_status")).isEqualTo("COMPLETED");
        assertThat(countRequests("POST", "/crm/v3/objects/tasks/batch/upsert")).isEqualTo(1);
    }

    @Test
    void ledgerIdDeletedInHubSpotIsPermanentAndNothingIsRecreated() {
        CrmException e = catchThrowableOfType(CrmException.class,
                () -> gateway().write(task("ft-call-42-task-1"), "424242"));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("424242").contains("stale");
        assertThat(hubspot.count("tasks")).isZero();
    }

    @Test
    void objectWithoutUniquePropertyFallsBackToSearchThenCreate() throws Exception {
        hubspot.uniqueOn.remove("notes");
        HubSpotGateway gateway = gateway(true, Set.of("tasks", "emails"), Duration.ofSeconds(5));

        String first = gateway.write(note(), null).crmId();
        String second = gateway.write(note(), null).crmId();

        assertThat(second).isEqualTo(first);
        assertThat(hubspot.count("notes")).isEqualTo(1);
        assertThat(countRequests("POST", "/crm/v3/objects/notes")).isEqualTo(1);
        assertThat(countRequests("POST", "/crm/v3/objects/notes/search")).isEqualTo(2);
        assertThat(countRequests("PATCH", "/crm/v3/objects/notes/" + first)).isEqualTo(1);
        JsonNode create = json(drain().stream().filter(r -> r.getUrl().encodedPath().equals("/crm/v3/objects/notes"))
                .findFirst().orElseThrow());
        assertThat(create.path("associations").isArray()).isTrue();
        assertThat(create.path("properties").path("followthrough_id").asString()).isEqualTo("ft-call-42-note");
    }

    @Test
    void tenSecondlyLimitIsRetryableAfterRetryAfterOrOneWindow() {
        hubspot.failNext("/batch/upsert", FakeHubSpot.error(429, "429-ten-secondly.json").newBuilder()
                .setHeader("Retry-After", "3").build());
        CrmException withHeader = catchThrowableOfType(CrmException.class,
                () -> gateway().write(task("ft-call-42-task-1"), null));
        assertThat(withHeader.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(withHeader.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(withHeader.getMessage()).contains("ten_secondly_rolling");

        hubspot.failNext("/batch/upsert", FakeHubSpot.error(429, "429-ten-secondly.json"));
        CrmException noHeader = catchThrowableOfType(CrmException.class,
                () -> gateway().write(task("ft-call-42-task-1"), null));
        assertThat(noHeader.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(hubspot.count("tasks")).isZero();
    }

    @Test
    void dailyLimitParksUntilMidnightInTheAccountTimeZone() {
        hubspot.failNext("/crm/v3/objects/contacts/search", FakeHubSpot.error(429, "429-daily.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.DAILY_LIMIT);
        // 15:30 on 3 Nov in New York: the limit resets at 00:00 on 4 Nov New York time = 05:00 UTC.
        assertThat(e.notBefore()).isEqualTo(Instant.parse("2026-11-04T05:00:00Z"));
    }

    @Test
    void serverErrorsAreRetryable() {
        hubspot.failNext("/batch/upsert", new MockResponse.Builder().code(502)
                .body(FakeHubSpot.fixture("502-processing.html")).build());
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(e.retryAfter()).isPositive();
        assertThat(e.getMessage()).contains("502").contains("Bad Gateway");
    }

    @Test
    void authFailuresStopTheSync() {
        hubspot.failNext("/crm/v3/objects/contacts/search", FakeHubSpot.error(401, "401-unauthorized.json"));
        assertThat(catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null)).kind())
                .isEqualTo(Kind.AUTH);
        hubspot.failNext("/batch/upsert", FakeHubSpot.error(403, "403-missing-scopes.json"));
        CrmException scopes = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(scopes.kind()).isEqualTo(Kind.AUTH);
        assertThat(scopes.getMessage()).contains("required scopes");
    }

    @Test
    void validationErrorIsPermanentWithHubSpotsMessage() {
        hubspot.failNext("/batch/upsert", FakeHubSpot.error(400, "400-validation.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("hs_timestamp was not a valid long or ISO 8601 date")
                .contains("c0ffee00-3333-4222-8333-444455556666");
    }

    @Test
    void noContactForAnyAttendeeFailsBeforeWritingUnlessConfiguredOtherwise() throws Exception {
        CrmRecord stranger = new CrmRecord("ft-call-43-note", CrmRecord.Kind.NOTE, 43,
                "dana.reyes@northwind.example", List.of("new.person@elsewhere.example"), "Intro call", "Hello",
                null, CALL, null);
        assertThatThrownBy(() -> gateway().write(stranger, null)).isInstanceOfSatisfying(CrmException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
                    assertThat(e.getMessage()).contains("new.person@elsewhere.example");
                });
        assertThat(countRequests("POST", "/crm/v3/objects/notes/batch/upsert")).isZero();

        CrmWriteResult written = gateway(false, Set.of("notes", "tasks", "emails"), Duration.ofSeconds(5))
                .write(stranger, null);
        assertThat(written.associatedIds()).isEmpty();
        assertThat(written.warnings()).anyMatch(w -> w.contains("new.person@elsewhere.example"));
        assertThat(hubspot.count("notes")).isEqualTo(1);
    }

    @Test
    void repWithoutHubSpotUserLeavesOwnerUnsetWithAWarningAndIsLookedUpOnce() throws Exception {
        hubspot.owners.clear();
        HubSpotGateway gateway = gateway();
        CrmWriteResult first = gateway.write(task("ft-call-42-task-1"), null);
        gateway.write(task("ft-call-42-task-2"), null);

        assertThat(first.warnings()).anyMatch(w -> w.contains("owner left unset"));
        assertThat(hubspot.objects.get("tasks").get(first.crmId())).doesNotContainKey("hubspot_owner_id");
        assertThat(countRequests("GET", "/crm/v3/owners")).isEqualTo(1);
    }

    @Test
    void rejectedDealSearchDoesNotStopTheRecord() {
        hubspot.failNext("/crm/v3/objects/deals/search", FakeHubSpot.error(400, "400-validation.json"));
        CrmWriteResult result = gateway().write(note(), null);
        assertThat(result.associatedIds()).contains("contact:101").noneMatch(a -> a.startsWith("deal:"));
        assertThat(result.warnings()).anyMatch(w -> w.contains("open-deal lookup failed"));
    }

    @Test
    void tokenNeverAppearsInExceptionMessagesEvenWhenEchoed() {
        String echo = "{\"status\":\"error\",\"message\":\"bad header Authorization: Bearer " + FakeHubSpot.TOKEN
                + "\",\"correlationId\":\"x\",\"category\":\"VALIDATION_ERROR\"}";
        hubspot.failNext("/batch/upsert", new MockResponse.Builder().code(400).body(echo).build());
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.getMessage()).doesNotContain(FakeHubSpot.TOKEN).contains("****");

        HubSpotGateway slow = gateway(true, Set.of("notes", "tasks", "emails"), Duration.ofMillis(800));
        hubspot.delayNextWriteMillis = 2_500;
        CrmException timeout = catchThrowableOfType(CrmException.class, () -> slow.write(note(), null));
        assertThat(timeout.getMessage()).doesNotContain(FakeHubSpot.TOKEN);
        assertThat(String.valueOf(timeout.getCause())).doesNotContain(FakeHubSpot.TOKEN);
    }
}
