package dev.followthrough.crm.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

class SalesforceGatewayTest {

    static final Instant NOW = Instant.parse("2026-11-03T20:30:00Z");
    static final Instant CALL = Instant.parse("2026-11-04T02:00:00Z"); // 3 Nov, 18:00 in Los Angeles
    static final String TASK_PATH = FakeSalesforce.BASE + "/sobjects/Task/";

    MockWebServer server;
    FakeSalesforce org;
    List<RecordedRequest> seen;

    @BeforeEach
    void start() throws Exception {
        org = new FakeSalesforce();
        org.contacts.add(new FakeSalesforce.Contact("0035e00000JoRdAAA1", "0015e00000AcMeAAA1",
                "jordan.lee@acme.example", 10));
        org.contacts.add(new FakeSalesforce.Contact("0035e00000SaMoAAA1", "0015e00000AcMeAAA1",
                "sam.ortiz@acme.example", 20));
        org.opportunities.add(new FakeSalesforce.Opportunity("0065e00000ClOsAAA1", "0015e00000AcMeAAA1", true, 90));
        org.opportunities.add(new FakeSalesforce.Opportunity("0065e00000OpEnAAA1", "0015e00000AcMeAAA1", false, 50));
        org.opportunities.add(new FakeSalesforce.Opportunity("0065e00000OlDdAAA1", "0015e00000AcMeAAA1", false, 5));
        org.activeUsers.put("dana.reyes@northwind.example", "0055e00000DaNaAAA1");
        server = new MockWebServer();
        server.setDispatcher(org);
        server.start();
        seen = new ArrayList<>();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    SalesforceGateway gateway() {
        return gateway(true, Duration.ofSeconds(5), "62.0");
    }

    SalesforceGateway gateway(boolean requireContact, Duration readTimeout, String apiVersion) {
        return gateway(requireContact, readTimeout, apiVersion, FakeSalesforce.TOKEN, null, null);
    }

    SalesforceGateway gateway(boolean requireContact, Duration readTimeout, String apiVersion, String token,
                              String clientId, String clientSecret) {
        String instance = server.url("/").toString();
        CrmProperties props = new CrmProperties(CrmProperties.Provider.SALESFORCE, requireContact,
                ZoneId.of("America/Los_Angeles"),
                new CrmProperties.Timeouts(Duration.ofSeconds(2), readTimeout, readTimeout.plusSeconds(5)),
                new CrmProperties.HubSpot("https://unused.example", null, "followthrough_id", Set.of()),
                new CrmProperties.Salesforce(instance.substring(0, instance.length() - 1), token, clientId,
                        clientSecret, apiVersion, FakeSalesforce.EXT));
        return new SalesforceGateway(props, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    SalesforceGateway clientCredentialsGateway(String secret) {
        return gateway(true, Duration.ofSeconds(5), "62.0", null, FakeSalesforce.CLIENT_ID, secret);
    }

    @Test
    void clientCredentialsTokenIsFetchedOnceAndRenewedWhenTheSessionExpires() throws Exception {
        SalesforceGateway gateway = clientCredentialsGateway(FakeSalesforce.CLIENT_SECRET);
        String first = gateway.write(task("ft-call-42-task-1"), null).crmId();
        gateway.write(note(), null);
        assertThat(requests("POST", "/services/oauth2/token")).hasSize(1);
        RecordedRequest tokenRequest = requests("POST", "/services/oauth2/token").get(0);
        assertThat(tokenRequest.getBody().utf8()).contains("grant_type=client_credentials")
                .contains("client_id=" + FakeSalesforce.CLIENT_ID);
        assertThat(tokenRequest.getHeaders().get("Authorization")).isNull();

        org.expireSessions();
        String again = gateway.write(task("ft-call-42-task-1"), null).crmId();

        assertThat(again).isEqualTo(first);
        assertThat(requests("POST", "/services/oauth2/token")).hasSize(2);
        assertThat(org.tasks).hasSize(2);
    }

    @Test
    void rejectedClientCredentialsAreAnAuthFailureWithoutTheSecret() {
        CrmException e = catchThrowableOfType(CrmException.class,
                () -> clientCredentialsGateway("wrong-secret-value").write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("invalid_client").doesNotContain("wrong-secret-value");
        assertThat(org.tasks).isEmpty();
    }

    @Test
    void aFixedTokenIsNotRefreshedOn401() throws Exception {
        org.expireSessions();
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(requests("GET", FakeSalesforce.BASE + "/query")).hasSize(1);
    }

    static CrmRecord task(String externalId) {
        return new CrmRecord(externalId, CrmRecord.Kind.TASK, 42, "dana.reyes@northwind.example",
                List.of("nobody@acme.example", "jordan.lee@acme.example", "sam.ortiz@acme.example"),
                "Send the revised quote", "Send the revised quote.\n\"I'll send it by Friday\" (Dana Reyes, 00:12:03)",
                LocalDate.of(2026, 11, 6), CALL, "https://followthrough.example/calls/42");
    }

    static CrmRecord note() {
        return new CrmRecord("ft-call-42-note", CrmRecord.Kind.NOTE, 42, "dana.reyes@northwind.example",
                List.of("jordan.lee@acme.example"), "Call with Acme Logistics", "Discussed pricing.", null, CALL,
                "https://followthrough.example/calls/42");
    }

    static CrmRecord email() {
        return new CrmRecord("ft-call-42-email", CrmRecord.Kind.EMAIL, 42, "dana.reyes@northwind.example",
                List.of("jordan.lee@acme.example"), "Revised quote and next steps", "Hi Jordan,\n\nDana", null, CALL,
                "https://followthrough.example/calls/42");
    }

    List<RecordedRequest> drain() throws InterruptedException {
        RecordedRequest r;
        while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            seen.add(r);
        }
        return seen;
    }

    List<RecordedRequest> requests(String method, String path) throws InterruptedException {
        return drain().stream().filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
                .toList();
    }

    List<String> queries() throws InterruptedException {
        return requests("GET", FakeSalesforce.BASE + "/query").stream()
                .map(r -> r.getUrl().queryParameter("q")).toList();
    }

    static JsonNode json(RecordedRequest r) {
        return CrmJson.parse(r.getBody().utf8());
    }

    @Test
    void actionItemIsUpsertedOnTheExternalIdWithWhoWhatOwnerAndDueDate() throws Exception {
        CrmWriteResult result = gateway().write(task("ft-call-42-task-1"), null);

        List<RecordedRequest> upserts = requests("PATCH", TASK_PATH + "Followthrough_Id__c/ft-call-42-task-1");
        assertThat(upserts).hasSize(1);
        RecordedRequest upsert = upserts.get(0);
        assertThat(upsert.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeSalesforce.TOKEN);
        assertThat(upsert.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode f = json(upsert);
        assertThat(f.path("Subject").asString()).isEqualTo("Send the revised quote");
        assertThat(f.path("Description").asString()).contains("\"I'll send it by Friday\" (Dana Reyes, 00:12:03)")
                .endsWith("Call in Followthrough: https://followthrough.example/calls/42");
        assertThat(f.path("ActivityDate").asString()).isEqualTo("2026-11-06");
        assertThat(f.path("Status").asString()).isEqualTo("Not Started");
        assertThat(f.path("WhoId").asString()).as("first attendee who is a Contact").isEqualTo("0035e00000JoRdAAA1");
        assertThat(f.path("WhatId").asString()).as("most recently touched open opportunity")
                .isEqualTo("0065e00000OpEnAAA1");
        assertThat(f.path("OwnerId").asString()).isEqualTo("0055e00000DaNaAAA1");
        assertThat(f.has("Followthrough_Id__c")).as("the key travels in the URL only").isFalse();

        assertThat(queries()).containsExactly(
                "SELECT Id, AccountId, Email FROM Contact WHERE Email IN ('nobody@acme.example',"
                        + " 'jordan.lee@acme.example', 'sam.ortiz@acme.example') ORDER BY LastModifiedDate DESC",
                "SELECT Id FROM Opportunity WHERE AccountId = '0015e00000AcMeAAA1' AND IsClosed = false"
                        + " ORDER BY LastModifiedDate DESC LIMIT 1",
                "SELECT Id FROM User WHERE Email = 'dana.reyes@northwind.example' AND IsActive = true"
                        + " ORDER BY LastLoginDate DESC NULLS LAST LIMIT 1");
        assertThat(result.crmId()).isEqualTo(org.idFor("ft-call-42-task-1"));
        assertThat(result.associatedIds()).containsExactly("0035e00000JoRdAAA1", "0065e00000OpEnAAA1");
        assertThat(result.warnings()).anyMatch(w -> w.contains("nobody@acme.example"))
                .anyMatch(w -> w.contains("sam.ortiz@acme.example"));
    }

    @Test
    void callSummaryIsACompletedTaskDatedOnTheCallDayInTheOrgsZone() throws Exception {
        gateway().write(note(), null);
        JsonNode f = json(requests("PATCH", TASK_PATH + "Followthrough_Id__c/ft-call-42-note").get(0));
        assertThat(f.path("Status").asString()).isEqualTo("Completed");
        assertThat(f.path("ActivityDate").asString()).isEqualTo("2026-11-03");
        assertThat(f.path("Subject").asString()).isEqualTo("Call with Acme Logistics");
    }

    @Test
    void followUpEmailIsLoggedAsACompletedEmailTask() throws Exception {
        gateway().write(email(), null);
        JsonNode f = json(requests("PATCH", TASK_PATH + "Followthrough_Id__c/ft-call-42-email").get(0));
        assertThat(f.path("Subject").asString()).isEqualTo("Email: Revised quote and next steps");
        assertThat(f.path("Description").asString()).isEqualTo("Hi Jordan,\n\nDana");
        assertThat(f.path("Status").asString()).isEqualTo("Completed");
    }

    @Test
    void timeoutAfterSalesforceCommittedThenRetryCreatesNoDuplicate() throws Exception {
        SalesforceGateway gateway = gateway(true, Duration.ofMillis(800), "62.0");
        org.delayNextWriteMillis = 2_500;

        CrmException timeout = catchThrowableOfType(CrmException.class,
                () -> gateway.write(task("ft-call-42-task-1"), null));
        assertThat(timeout.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(org.tasks).hasSize(1);

        CrmWriteResult retry = gateway.write(task("ft-call-42-task-1"), null);
        assertThat(org.tasks).containsOnlyKeys(retry.crmId());
        assertThat(requests("PATCH", TASK_PATH + "Followthrough_Id__c/ft-call-42-task-1")).hasSize(2);
    }

    @Test
    void olderApiVersionsAnswerAMatchedUpsertWith204AndTheIdIsReadBack() throws Exception {
        org.answerMatchWith204 = true;
        SalesforceGateway gateway = gateway();
        String first = gateway.write(task("ft-call-42-task-1"), null).crmId();
        String second = gateway.write(task("ft-call-42-task-1"), null).crmId();

        assertThat(second).isEqualTo(first);
        assertThat(org.tasks).hasSize(1);
        RecordedRequest read = requests("GET", TASK_PATH + "Followthrough_Id__c/ft-call-42-task-1").get(0);
        assertThat(read.getUrl().queryParameter("fields")).isEqualTo("Id");
    }

    @Test
    void knownCrmIdUpdatesByIdAndKeepsTheRepsStatus() throws Exception {
        SalesforceGateway gateway = gateway();
        String id = gateway.write(task("ft-call-42-task-1"), null).crmId();
        org.tasks.get(id).put("Status", "Completed");

        assertThat(gateway.write(task("ft-call-42-task-1"), id).crmId()).isEqualTo(id);

        JsonNode f = json(requests("PATCH", TASK_PATH + id).get(0));
        assertThat(f.has("Status")).isFalse();
        assertThat(org.tasks.get(id).get("Status")).isEqualTo("Completed");
        assertThat(org.tasks).hasSize(1);
    }

    @Test
    void ledgerIdDeletedInSalesforceIsPermanentAndNothingIsRecreated() {
        CrmException e = catchThrowableOfType(CrmException.class,
                () -> gateway().write(task("ft-call-42-task-1"), "00T5e00000GoNeAAA1"));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("00T5e00000GoNeAAA1").contains("stale");
        assertThat(org.tasks).isEmpty();
    }

    @Test
    void apiVersionMayBeGivenWithTheV() throws Exception {
        gateway(true, Duration.ofSeconds(5), "v62.0").write(note(), null);
        assertThat(requests("PATCH", TASK_PATH + "Followthrough_Id__c/ft-call-42-note")).hasSize(1);
    }

    @Test
    void dailyRequestLimitParksTheOutbox() {
        org.failNext("/sobjects/Task/", FakeSalesforce.error(403, "403-request-limit.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.DAILY_LIMIT);
        assertThat(e.notBefore()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(e.getMessage()).contains("TotalRequests Limit exceeded.");
    }

    @Test
    void concurrentRequestLimitIsRetryableSoon() {
        org.failNext("/query", FakeSalesforce.error(403, "403-concurrent-limit.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void invalidSessionIsAnAuthFailure() {
        org.failNext("/query", FakeSalesforce.error(401, "401-invalid-session.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).contains("INVALID_SESSION_ID");
    }

    @Test
    void unavailableAndLockedAreRetryable() {
        org.failNext("/sobjects/Task/", FakeSalesforce.error(503, "503-unavailable.json"));
        assertThat(catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null)).kind())
                .isEqualTo(Kind.RETRYABLE);
        org.failNext("/sobjects/Task/", FakeSalesforce.error(400, "400-lock-row.json"));
        assertThat(catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null)).kind())
                .isEqualTo(Kind.RETRYABLE);
        assertThat(org.tasks).isEmpty();
    }

    @Test
    void validationErrorIsPermanentWithSalesforcesMessage() {
        org.failNext("/sobjects/Task/", FakeSalesforce.error(400, "400-required-field.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("Required fields are missing: [Subject]")
                .contains("REQUIRED_FIELD_MISSING");
    }

    @Test
    void ambiguousExternalIdIsPermanentAndWritesNothing() {
        org.failNext("/sobjects/Task/", FakeSalesforce.error(300, "300-multiple.json"));
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("several records");
    }

    @Test
    void attendeeEmailsAreEscapedInSoql() throws Exception {
        CrmRecord odd = new CrmRecord("ft-call-44-note", CrmRecord.Kind.NOTE, 44, "dana.reyes@northwind.example",
                List.of("o'brien@acme.example", "x') OR Email != ('"), "Call", "Body", null, CALL, null);
        org.contacts.add(new FakeSalesforce.Contact("0035e00000ObRiAAA1", null, "o'brien@acme.example", 1));

        CrmWriteResult result = gateway().write(odd, null);

        assertThat(queries().get(0)).contains("('o\\'brien@acme.example', 'x\\') or email != (\\'')");
        assertThat(result.associatedIds()).containsExactly("0035e00000ObRiAAA1");
    }

    @Test
    void noContactForAnyAttendeeFailsBeforeWriting() throws Exception {
        CrmRecord stranger = new CrmRecord("ft-call-43-note", CrmRecord.Kind.NOTE, 43,
                "dana.reyes@northwind.example", List.of("new.person@elsewhere.example"), "Intro", "Hello", null,
                CALL, null);
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(stranger, null));
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.getMessage()).contains("new.person@elsewhere.example");
        assertThat(org.tasks).isEmpty();

        CrmWriteResult loose = gateway(false, Duration.ofSeconds(5), "62.0").write(stranger, null);
        assertThat(loose.associatedIds()).isEmpty();
        assertThat(org.tasks.get(loose.crmId())).doesNotContainKey("WhoId");
    }

    @Test
    void tokenNeverAppearsInExceptionMessages() {
        org.failNext("/sobjects/Task/", new MockResponse.Builder().code(400).body("[{\"message\":\"bad token "
                + FakeSalesforce.TOKEN + "\",\"errorCode\":\"INVALID_FIELD\"}]").build());
        CrmException e = catchThrowableOfType(CrmException.class, () -> gateway().write(note(), null));
        assertThat(e.getMessage()).doesNotContain(FakeSalesforce.TOKEN).contains("****");

        SalesforceGateway slow = gateway(true, Duration.ofMillis(800), "62.0");
        org.delayNextWriteMillis = 2_500;
        CrmException timeout = catchThrowableOfType(CrmException.class, () -> slow.write(note(), null));
        assertThat(timeout.getMessage()).doesNotContain(FakeSalesforce.TOKEN);
    }
}
