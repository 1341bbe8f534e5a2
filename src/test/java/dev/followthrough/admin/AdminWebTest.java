package dev.followthrough.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.followthrough.call.Attendee;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.pipeline.JobRunner;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import dev.followthrough.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The admin pages through the whole app: who may see them, CSRF, and what each action really changes. */
@AppTest
class AdminWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepDirectory reps;
    @Autowired
    UserAccounts users;
    @Autowired
    CallIntake intake;
    @Autowired
    JobRunner runner;
    @Autowired
    dev.followthrough.call.CallStore calls;
    @Autowired
    dev.followthrough.drafting.StyleSimilarity similarity;

    static final String SAMPLE = """
            Subject: Quick recap - {topic}

            Hey Sam,

            Great chatting today. Here is where we landed:
            - pricing sheet by Thursday
            - security review next week

            Cheers,
            Ola
            """;

    CurrentUser admin() {
        return users.find(AppTest.ADMIN).orElseThrow();
    }

    RepInfo newRep(String first) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return reps.upsert(first + " Tester", first.toLowerCase() + "." + tag + "@northwind.example", List.of(first));
    }

    @Test
    void aRepIsForbiddenEveryAdminPageAndAction() throws Exception {
        RepInfo rep = newRep("Rita");
        CurrentUser rita = users.save("rita-" + rep.id(), "rita-password-1", CurrentUser.REP, rep.id());
        for (String page : List.of("/admin", "/admin/reps", "/admin/stats", "/admin/reps/" + rep.id())) {
            mvc.perform(get(page).with(user(rita))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/reps").with(user(rita)).with(csrf()).param("name", "X").param("email", "x@y.example"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(rita)).with(csrf())
                .param("username", "rita2").param("password", "long-enough-1")).andExpect(status().isForbidden());
        assertThat(users.find("rita2")).isEmpty();
    }

    @Test
    void everyAdminFormNeedsTheCsrfToken() throws Exception {
        RepInfo rep = newRep("Cora");
        String email = "csrf." + UUID.randomUUID() + "@northwind.example";
        mvc.perform(post("/admin/reps").with(user(admin())).param("name", "No Token").param("email", email))
                .andExpect(status().isForbidden());
        assertThat(reps.byEmail(email)).isEmpty();
        mvc.perform(post("/admin/reps/" + rep.id() + "/samples").with(user(admin())).param("content", SAMPLE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(admin()))
                .param("username", "cora-" + rep.id()).param("password", "long-enough-1")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + admin().id() + "/disable").with(user(admin()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/runs").with(user(admin()))).andExpect(status().isForbidden());
        assertThat(reps.sampleEmails(rep.id())).isEmpty();
        assertThat(users.find("cora-" + rep.id())).isEmpty();
        // and the page carries the token for the real forms
        mvc.perform(get("/admin/reps/" + rep.id()).with(user(admin())))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anAdminAddsARepWithSamplesSeesTheProfileAndGivesTheRepASignIn() throws Exception {
        String email = "ola." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        String location = mvc.perform(post("/admin/reps").with(user(admin())).with(csrf())
                        .param("name", "Ola Nordmann").param("email", email).param("aliases", "Ola, O. Nordmann, Ola"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        RepInfo rep = reps.byEmail(email).orElseThrow();
        assertThat(location).isEqualTo("/admin/reps/" + rep.id());
        assertThat(rep.aliases()).containsExactly("Ola", "O. Nordmann");

        mvc.perform(multipart("/admin/reps/" + rep.id() + "/samples")
                        .file(new MockMultipartFile("file", "recap-1.txt", "text/plain", SAMPLE.getBytes(StandardCharsets.UTF_8)))
                        .with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/reps/" + rep.id()));
        mvc.perform(post("/admin/reps/" + rep.id() + "/samples").with(user(admin())).with(csrf()).param("name", "recap-2.txt")
                .param("content", SAMPLE.replace("Sam", "Priya").replace("pricing sheet", "<script>alert(1)</script> notes")))
                .andExpect(redirectedUrl("/admin/reps/" + rep.id()));
        assertThat(reps.sampleEmails(rep.id())).extracting(s -> s.name()).containsExactly("recap-1.txt", "recap-2.txt");

        mvc.perform(get("/admin/reps/" + rep.id()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Learned from 2 sample email(s)."),
                        containsString("Hey {name},"), containsString("Cheers,"), containsString("recap-2.txt"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")))));

        String username = "ola-" + rep.id();
        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(admin())).with(csrf())
                        .param("username", username).param("password", "ola-password-1"))
                .andExpect(flash().attribute("message", containsString("can now sign in as " + username)));
        CurrentUser ola = users.find(username).orElseThrow();
        assertThat(ola.role()).isEqualTo(CurrentUser.REP);
        assertThat(ola.repId()).isEqualTo(rep.id());
        mvc.perform(formLogin("/login").user(username).password("ola-password-1")).andExpect(authenticated());
        mvc.perform(get("/admin/reps").with(user(admin())))
                .andExpect(content().string(allOf(containsString(username), containsString("Ola Nordmann"))));

        org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession)
                mvc.perform(formLogin("/login").user(username).password("ola-password-1")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + ola.id() + "/disable").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/reps"));
        assertThat(users.find(username).orElseThrow().enabled()).isFalse();
        mvc.perform(formLogin("/login").user(username).password("ola-password-1")).andExpect(unauthenticated());
        // the session opened before is ended too
        mvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();

        mvc.perform(get("/admin").with(user(admin())))
                .andExpect(content().string(allOf(containsString("USER_LOGIN_SET"), containsString("USER_DISABLE"),
                        containsString("SAMPLE_ADD"))));

        long first = reps.sampleEmails(rep.id()).get(0).id();
        mvc.perform(post("/admin/reps/" + rep.id() + "/samples/" + first + "/delete").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/reps/" + rep.id()));
        assertThat(reps.sampleEmails(rep.id())).hasSize(1);
    }

    @Test
    void theRepFormsRefuseBadInputAndNeverTouchAnAdminAccount() throws Exception {
        RepInfo rep = newRep("Vera");
        RepInfo other = newRep("Wes");
        mvc.perform(post("/admin/reps").with(user(admin())).with(csrf()).param("name", "Dup").param("email", rep.email()))
                .andExpect(flash().attribute("error", containsString("already on the roster")));
        mvc.perform(post("/admin/reps").with(user(admin())).with(csrf()).param("name", "Bad").param("email", "not-an-email"))
                .andExpect(flash().attribute("error", containsString("not an email address")));
        mvc.perform(post("/admin/reps/" + rep.id()).with(user(admin())).with(csrf()).param("name", "Vera T.")
                .param("email", other.email())).andExpect(flash().attribute("error", containsString("already has the email")));
        assertThat(reps.byId(rep.id()).orElseThrow().email()).isEqualTo(rep.email());
        mvc.perform(post("/admin/reps/" + rep.id()).with(user(admin())).with(csrf()).param("name", "Vera T.")
                .param("email", rep.email()).param("aliases", "V")).andExpect(flash().attribute("message", "Saved Vera T.."));
        assertThat(reps.byId(rep.id()).orElseThrow().aliases()).containsExactly("V");

        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(admin())).with(csrf())
                        .param("username", AppTest.ADMIN).param("password", "taken-over-1"))
                .andExpect(flash().attribute("error", containsString("admin account")));
        assertThat(users.find(AppTest.ADMIN).orElseThrow().isAdmin()).isTrue();
        mvc.perform(formLogin("/login").user(AppTest.ADMIN).password(AppTest.ADMIN_PASSWORD)).andExpect(authenticated());
        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(admin())).with(csrf())
                        .param("username", "vera-" + rep.id()).param("password", "short"))
                .andExpect(flash().attribute("error", containsString("at least 10")));
        users.save("wes-" + other.id(), "wes-password-1", CurrentUser.REP, other.id());
        mvc.perform(post("/admin/reps/" + rep.id() + "/login").with(user(admin())).with(csrf())
                        .param("username", "wes-" + other.id()).param("password", "hijacked-pass-1"))
                .andExpect(flash().attribute("error", containsString("another rep")));
        mvc.perform(formLogin("/login").user("wes-" + other.id()).password("wes-password-1")).andExpect(authenticated());
        mvc.perform(post("/admin/users/" + admin().id() + "/disable").with(user(admin())).with(csrf()))
                .andExpect(flash().attribute("error", containsString("your own account")));
        assertThat(admin().enabled()).isTrue();
        mvc.perform(get("/admin/reps/999999").with(user(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void theAdminPageShowsSettingsNextRunAndTheCostOfEachRunAndTheStatsPageDrawsCharts() throws Exception {
        RepInfo rep = newRep("Nia");
        long callId = intake.accept(("[00:00:01] Nia Tester: Thanks Jordan, I will send the proposal by Friday. (" + UUID.randomUUID() + ")\n"
                        + "[00:00:05] Jordan Lee: Great, I'll loop in our CFO next week.\n").getBytes(StandardCharsets.UTF_8),
                "nia.txt", null, new CallMetadata(LocalDate.of(2026, 11, 3), rep.email(), "Proposal", "Acme",
                        List.of(new Attendee("Jordan Lee", "jordan.lee@acme.example"))), "upload").callId();
        JobExecution run = runner.runNow("test");
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String page = mvc.perform(get("/admin").with(user(admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Engine per stage", "OfflineActionItemExtractor", "Grounding check",
                "id=\"run-" + run.getId() + "\"", "Cost (USD)", "Costs and quality",
                "the schedule is off (followthrough.schedule.enabled=false)");
        String row = page.substring(page.indexOf("id=\"run-" + run.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).as("the run's usage row was found: cost printed with 4 decimals").contains("0.0000");

        // the rep's page scores the draft of that call against the rep's (neutral, sample-less) style
        dev.followthrough.core.Draft draft = calls.details(callId).orElseThrow().draft();
        double expected = similarity.score(draft, reps.style(rep)).total();
        mvc.perform(get("/admin/reps/" + rep.id()).with(user(admin())))
                .andExpect(content().string(allOf(containsString("id=\"style-mean\">"
                        + String.format(java.util.Locale.ROOT, "%.2f", expected) + "<"), containsString("/calls/" + callId))));

        mvc.perform(get("/admin/stats").with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("LLM cost per day (USD)"),
                        containsString("Flagged rate per run"), containsString("budget 5.00"),
                        containsString("id=\"usage-run-" + run.getId() + "\""))));
    }
}
