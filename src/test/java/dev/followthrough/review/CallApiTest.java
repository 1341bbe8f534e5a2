package dev.followthrough.review;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import dev.followthrough.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP API contract of the README. */
@AppTest
class CallApiTest {

    static final RequestPostProcessor ADMIN = httpBasic(AppTest.ADMIN, AppTest.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    RepDirectory reps;
    @Autowired
    UserAccounts users;

    /** A small call, unique per test run so that the content hash never collides with another test's. */
    static String call(String tag) {
        return """
                [00:00:02] Dana Reyes: Thanks for joining, Jordan. Quick recap of where we are on the pilot.
                [00:00:09] Jordan Lee: Sure. We have 40 warehouse users and the budget is approved for the pilot.
                [00:00:17] Dana Reyes: Great. I will send you the security questionnaire by Friday.
                [00:00:25] Jordan Lee: And I'll share the sample shipment data with your team next week.
                [00:00:31] Dana Reyes: Perfect, talk soon. (ref %s)
                """.formatted(tag);
    }

    @Test
    void uploadWithSyncAnalysesTheCallAndAnswersTheContract() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "pilot-sync.txt", "text/plain",
                call(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/api/calls").file(file).param("sync", "true")
                        .param("meetingDate", "2026-11-04").param("attendees", "Jordan Lee <jordan.lee@acme.example>")
                        .param("customer", "Acme Logistics").with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id", notNullValue()))
                .andExpect(jsonPath("$.status", in(List.of("CLEAN", "FLAGGED"))))
                .andExpect(jsonPath("$.meetingDate", is("2026-11-04")))
                .andExpect(jsonPath("$.participants[*].name", hasSize(greaterThanOrEqualTo(2))))
                .andExpect(jsonPath("$.draft.subject", notNullValue()))
                .andExpect(jsonPath("$.draft.body", notNullValue()))
                .andExpect(jsonPath("$.check.verdict", in(List.of("CLEAN", "FLAGGED"))))
                .andExpect(jsonPath("$.check.findings[*].status", everyItem(in(List.of("SUPPORTED", "UNSUPPORTED", "CONTRADICTED")))))
                .andExpect(jsonPath("$.usage.engine", is("offline")))
                .andExpect(jsonPath("$.usage.costUsd", is(0.0)))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actionItems[*].evidence[*].utteranceId", everyItem(notNullValue())))
                .andExpect(jsonPath("$.actionItems[*].evidence[*].quote", everyItem(notNullValue())));
        mvc.perform(get("/api/calls").param("size", "5").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.totalItems", notNullValue()));
    }

    @Test
    void uploadingTheSameFileTwiceGivesTheSameCall() throws Exception {
        byte[] content = call(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);
        String first = mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "a.txt", "text/plain", content))
                .with(ADMIN)).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String second = mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "b.txt", "text/plain", content))
                .with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Location");
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
    }

    @Test
    void badInputIsAClearFourHundredNeverAFiveHundred() throws Exception {
        mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "empty.vtt", "text/vtt", new byte[0])).with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("empty")))
                .andExpect(jsonPath("$.detail", notNullValue()));
        mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "x.vtt", "text/vtt",
                        new byte[] {0x00, 0x01, (byte) 0xfe, 0x00, 0x13, 0x00})).with(ADMIN))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.error", notNullValue()));
        mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "x.txt", "text/plain",
                        "[00:00:01] A: hi".getBytes(StandardCharsets.UTF_8))).param("format", "docx").with(ADMIN))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.error", is("unknown-format")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("vtt")));
        mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "x.txt", "text/plain",
                        "[00:00:01] A: hi".getBytes(StandardCharsets.UTF_8))).param("meetingDate", "next tuesday").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("bad-metadata")));
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/api/calls").file(new MockMultipartFile("file", "big.txt", "text/plain", big)).with(ADMIN))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.error", is("too-large")));
        mvc.perform(multipart("/api/calls").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", notNullValue()));
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content("{\"draft\":\"hi\"}").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("empty")));
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content("{oops").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", is("bad-request")));
        mvc.perform(get("/api/calls/987654321").with(ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error", is("not-found")));
    }

    @Test
    void theApiNeedsAuthentication() throws Exception {
        mvc.perform(get("/api/calls")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error", is("unauthorized")));
        mvc.perform(get("/api/calls").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void zoomsWebhookReachesItsSignatureCheckWithoutASignIn() throws Exception {
        mvc.perform(post("/zoom/webhook").contentType(MediaType.APPLICATION_JSON)
                        .header("x-zm-signature", "v0=00").header("x-zm-request-timestamp", "1")
                        .content("{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"abc\"}}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error", is("bad-signature")));
    }

    @Test
    void checksEndpointFlagsAContradictedNumberAndPassesAFaithfulDraft() throws Exception {
        String transcript = """
                [00:00:05] Priya Shah: We can offer a 10% discount if you sign a two-year term.
                [00:00:12] Morgan Diaz: Ten percent on two years works. Send the order form by Friday.
                """;
        String faithful = "{\"transcript\":" + json(transcript) + ",\"meetingDate\":\"2026-11-03\",\"draft\":{\"subject\":\"Order form\","
                + "\"body\":\"Hi Morgan,\\n\\nAs agreed, the discount is 10% on a two-year term. I'll send the order form by Friday.\\n\\nPriya\"}}";
        String wrong = faithful.replace("the discount is 10%", "the discount is 20%");
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content(wrong).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict", is("FLAGGED")));
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content(faithful).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict", in(List.of("CLEAN", "FLAGGED"))))
                .andExpect(jsonPath("$.findings", notNullValue()));
    }

    @Test
    void aRepSeesOnlyTheirOwnCalls() throws Exception {
        RepInfo owner = reps.upsert("Olive Owner", "olive.owner@northwind.example", List.of("Olive"));
        RepInfo other = reps.upsert("Oscar Other", "oscar.other@northwind.example", List.of());
        users.save("olive", "olive-password", CurrentUser.REP, owner.id());
        users.save("oscar", "oscar-password", CurrentUser.REP, other.id());
        MockMultipartFile file = new MockMultipartFile("file", "olive.txt", "text/plain",
                call(UUID.randomUUID().toString()).replace("Dana Reyes", "Olive Owner").getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/api/calls").file(file).with(httpBasic("olive", "olive-password")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rep.email", is("olive.owner@northwind.example")))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("olive", "olive-password"))).andExpect(status().isOk());
        mvc.perform(get(location).with(httpBasic("oscar", "oscar-password"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/calls").with(httpBasic("oscar", "oscar-password")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(post("/api/runs").with(httpBasic("oscar", "oscar-password"))).andExpect(status().isForbidden());
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
