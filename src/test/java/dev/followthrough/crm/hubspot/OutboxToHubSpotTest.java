package dev.followthrough.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.AnalysisOutcome;
import dev.followthrough.call.Attendee;
import dev.followthrough.call.CallStore;
import dev.followthrough.call.NewCall;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.crm.http.CrmProperties;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.crm.outbox.OutboxSender;
import dev.followthrough.crm.outbox.OutboxStatus;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.support.AppTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real outbox and the real HubSpot adapter against the in-memory HubSpot: each record lands once. */
@AppTest
class OutboxToHubSpotTest {

    @Autowired
    CallStore calls;
    @Autowired
    CrmOutbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    RepDirectory reps;

    MockWebServer server;
    FakeHubSpot hubspot;
    HubSpotGateway gateway;

    @BeforeEach
    void start() throws Exception {
        hubspot = new FakeHubSpot();
        hubspot.contacts.add(Map.of("id", "101", "email", "jordan.lee@acme.example", "associatedcompanyid", "501"));
        hubspot.owners.put("dana.reyes@northwind.example", "77001");
        server = new MockWebServer();
        server.setDispatcher(hubspot);
        server.start();
        CrmProperties props = new CrmProperties(CrmProperties.Provider.HUBSPOT, true, ZoneId.of("UTC"),
                new CrmProperties.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new CrmProperties.HubSpot(server.url("/").toString(), FakeHubSpot.TOKEN, "followthrough_id",
                        Set.of("notes", "tasks", "emails")),
                new CrmProperties.Salesforce(null, null, null, null, "62.0", "Followthrough_Id__c"));
        gateway = new HubSpotGateway(props, Clock.systemUTC());
        // records other tests queued are not this test's business
        sender.sendDue(new dev.followthrough.crm.CrmGateway() {
            public String name() {
                return "elsewhere";
            }

            public dev.followthrough.crm.CrmWriteResult write(dev.followthrough.crm.CrmRecord r, String known) {
                return new dev.followthrough.crm.CrmWriteResult("x-" + r.externalId(), List.of());
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCallsNoteTasksAndEmailLandOnceThroughTimeoutsAndReRuns() {
        long callId = approvedCall();
        outbox.enqueue(calls.details(callId).orElseThrow(), "http://localhost:8080/calls/" + callId);
        hubspot.dropNextWrite = true; // HubSpot commits the first write, then the connection drops

        OutboxSender.SyncReport first = sender.sendDue(gateway);
        assertThat(first.sent()).isEqualTo(3);
        assertThat(first.retrying()).isEqualTo(1);
        assertThat(sender.sendDue(gateway).sent()).as("the retry waits for its backoff").isZero();
        // the backoff has passed (the admin's retry button does the same)
        outbox.forCall(callId).stream().filter(i -> i.status() == OutboxStatus.RETRY).forEach(i -> outbox.retry(i.id()));
        assertThat(sender.sendDue(gateway).sent()).isEqualTo(1);
        assertThat(outbox.forCall(callId)).allMatch(i -> i.status() == OutboxStatus.SENT && i.crmId() != null);
        assertThat(hubspot.objects.get("notes")).hasSize(1);
        assertThat(hubspot.objects.get("tasks")).hasSize(2);
        assertThat(hubspot.objects.get("emails")).hasSize(1);

        // the nightly run queues the same results again: nothing new is written
        outbox.enqueue(calls.details(callId).orElseThrow(), "http://localhost:8080/calls/" + callId);
        assertThat(sender.sendDue(gateway).sent()).isZero();
        assertThat(hubspot.objects.get("tasks")).hasSize(2);
        assertThat(hubspot.associations).isNotEmpty();
    }

    private long approvedCall() {
        RepInfo dana = reps.upsert("Dana Reyes", "dana.reyes@northwind.example", List.of("Dana"));
        String tag = UUID.randomUUID().toString();
        Utterance u1 = new Utterance("u1", 1, "Dana Reyes", Duration.ofSeconds(3), Duration.ofSeconds(9),
                "I will send the revised quote by Friday and the security pack on Monday. " + tag);
        Utterance u2 = new Utterance("u2", 2, "Jordan Lee", Duration.ofSeconds(10), Duration.ofSeconds(14), "Great, thanks.");
        Transcript t = new Transcript(List.of(u1, u2));
        long id = calls.register(new NewCall("test", "hubspot.txt", tag.getBytes(), tag, "TEXT", t, dana.id(),
                LocalDate.of(2026, 11, 3), "Pricing", "Acme Logistics",
                List.of(new Attendee("Jordan Lee", "jordan.lee@acme.example")))).callId();
        calls.claim(id);
        List<ActionItem> items = List.of(
                new ActionItem("Dana Reyes", "Send the revised quote", LocalDate.of(2026, 11, 6), "by Friday",
                        List.of(Evidence.of(u1, "I will send the revised quote by Friday"))),
                new ActionItem("Dana Reyes", "Send the security pack", LocalDate.of(2026, 11, 9), "on Monday",
                        List.of(Evidence.of(u1, "the security pack on Monday"))));
        calls.saveAnalysis(id, new AnalysisOutcome(items, new Draft("Quote and security pack",
                "Hi Jordan,\n\nThe revised quote comes by Friday, the security pack on Monday.\n\nDana"),
                CheckResult.of(List.of(), Usage.offline("test", 0)), Usage.offline("test", 0)));
        return id;
    }
}
