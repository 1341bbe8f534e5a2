package dev.followthrough.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStore;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.pipeline.CallProcessing;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import dev.followthrough.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The reps' pages: access, CSRF, escaping, editing the action items with the check re-run, the audit trail. */
@AppTest
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepDirectory reps;
    @Autowired
    UserAccounts users;
    @Autowired
    CallIntake intake;
    @Autowired
    CallProcessing processing;
    @Autowired
    CallStore calls;

    CurrentUser rita;
    CurrentUser sven;
    long callId;

    @BeforeEach
    void setUp() {
        RepInfo r = reps.upsert("Rita Ramos", "rita.ramos@northwind.example", List.of("Rita"));
        RepInfo s = reps.upsert("Sven Stahl", "sven.stahl@northwind.example", List.of());
        rita = users.save("rita", "rita-password", CurrentUser.REP, r.id());
        sven = users.save("sven", "sven-password", CurrentUser.REP, s.id());
        String text = """
                [00:00:02] Rita Ramos: Thanks Omar. To confirm, the renewal is for 25 seats.
                [00:00:08] Omar Haddad: Yes, 25 seats. Please send the renewal quote by Thursday.
                [00:00:14] Rita Ramos: I will send the renewal quote by Thursday. (%s)
                """.formatted(UUID.randomUUID());
        callId = intake.accept(text.getBytes(StandardCharsets.UTF_8), "renewal.txt", null,
                new CallMetadata(LocalDate.of(2026, 11, 3), r.email(), "Renewal", "Haddad Freight",
                        List.of(new dev.followthrough.call.Attendee("Omar Haddad", "omar@haddad.example"))), "upload").callId();
        processing.process(callId);
    }

    @Test
    void theOwnerSeesTheCallWithSecurityHeadersAndAnotherRepGetsNotFound() throws Exception {
        mvc.perform(get("/calls/" + callId).with(user(rita)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Renewal")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("X-Frame-Options"));
        mvc.perform(get("/calls/" + callId).with(user(sven))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(user(sven))).andExpect(content().string(not(containsString("renewal.txt"))));
        mvc.perform(get("/admin").with(user(rita))).andExpect(status().isForbidden());
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/calls/" + callId + "/approve").with(user(rita))).andExpect(status().isForbidden());
        mvc.perform(post("/calls/" + callId + "/approve").with(user(rita)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void whatARepTypesIsShownEscaped() throws Exception {
        mvc.perform(post("/calls/" + callId + "/draft").with(user(rita)).with(csrf())
                        .param("subject", "Renewal <b>quote</b>")
                        .param("body", "Hi Omar,\n<script>alert('x')</script>\nThe renewal is for 25 seats.\nRita"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calls/" + callId).with(user(rita)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")))
                .andExpect(content().string(not(containsString("<b>quote</b>"))));
    }

    @Test
    void editingTheActionItemsRunsTheCheckAgainAndIsAudited() throws Exception {
        CallDetails before = calls.details(callId).orElseThrow();
        mvc.perform(post("/calls/" + callId + "/items").with(user(rita)).with(csrf())
                        .param("owner", "Rita Ramos", "Rita Ramos")
                        .param("task", "Send the renewal quote for 40 seats", "")
                        .param("due", "2026-11-05", ""))
                .andExpect(status().is3xxRedirection());
        CallDetails after = calls.details(callId).orElseThrow();
        assertThat(after.actionItems()).hasSize(1);
        assertThat(after.actionItems().get(0).task()).isEqualTo("Send the renewal quote for 40 seats");
        if (!before.actionItems().isEmpty()) {
            assertThat(after.actionItems().get(0).evidence()).as("the first row keeps its citation")
                    .isEqualTo(before.actionItems().get(0).evidence());
        }
        assertThat(after.check().findings()).as("the check ran on the edited item")
                .anyMatch(f -> f.source().startsWith("action-item") && f.claim().contains("40 seats") && f.isProblem());
        mvc.perform(get("/calls/" + callId).with(user(rita)))
                .andExpect(content().string(containsString("action items saved")));
    }
}
