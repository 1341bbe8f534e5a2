package dev.followthrough.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.core.Draft;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.pipeline.CallProcessing;
import dev.followthrough.pipeline.JobRunner;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.review.ReviewService;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import dev.followthrough.support.AppTest;
import dev.followthrough.support.Inboxes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rep reviews a flagged call in a real browser; another rep cannot open it; an admin restarts a failed run.
 * Screenshots of the main pages land in target/screenshots/.
 */
@AppTest
class ReviewFlowBrowserTest {

    @LocalServerPort
    int port;
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
    @Autowired
    ReviewService review;
    @Autowired
    CrmOutbox outbox;
    @Autowired
    JobRunner runner;
    @Autowired
    Inbox inbox;

    static final String CALL = """
            [00:00:03] Bea Browning: Thanks for the time today, Jordan. Where did you land on the pilot?
            [00:00:10] Jordan Lee: We are in. The pilot covers 40 warehouse users and we can get a 10% discount if we sign by December.
            [00:00:21] Bea Browning: That is right, 10% if the order form is signed in December. I will send the order form by Friday.
            [00:00:30] Jordan Lee: Good. I'll share the shipment sample with your team next week.
            [00:00:38] Bea Browning: Perfect. Talk soon. ({tag})
            """;

    @Test
    void aRepReviewsAFlaggedCallAnotherRepCannotSeeItAndAnAdminRestartsAFailedRun() throws Exception {
        RepInfo bea = reps.upsert("Bea Browning", "bea.browning@northwind.example", List.of("Bea"));
        RepInfo carl = reps.upsert("Carl Curtis", "carl.curtis@northwind.example", List.of("Carl"));
        users.save("bea", "bea-password-1", CurrentUser.REP, bea.id());
        users.save("carl", "carl-password-1", CurrentUser.REP, carl.id());
        CurrentUser beaUser = users.find("bea").orElseThrow();
        long id = intake.accept(CALL.replace("{tag}", UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8), "pilot.txt", null,
                new CallMetadata(LocalDate.of(2026, 11, 3), bea.email(), "Pilot check-in", "Acme Logistics",
                        List.of(new dev.followthrough.call.Attendee("Jordan Lee", "jordan.lee@acme.example"))),
                "upload").callId();
        processing.process(id);
        CallDetails analysed = calls.details(id).orElseThrow();
        // a draft with a made-up number, as a careless model might write it
        review.edit(beaUser, id, new Draft("Pilot next steps", "Hi Jordan,\n\nThe pilot covers 40 warehouse users with a 25% discount "
                + "if you sign in December. I will send the order form by Friday.\n\nBest,\nBea"), analysed.actionItems());
        assertThat(calls.details(id).orElseThrow().status()).isEqualTo(CallStatus.FLAGGED);

        try (Browser b = Browser.open(port)) {
            b.signIn("bea", "bea-password-1");
            b.screenshot("review-queue");
            WebElement row = b.driver.findElement(By.linkText("Pilot check-in"));
            row.click();
            b.waitFor().until(d -> d.getCurrentUrl().endsWith("/calls/" + id));
            assertThat(b.driver.findElement(By.cssSelector(".callhead .badge")).getText()).isEqualTo("FLAGGED");
            assertThat(b.driver.findElements(By.cssSelector("pre.draft mark"))).as("the flagged claim is highlighted").isNotEmpty();
            b.screenshot("call-flagged");

            WebElement cite = b.driver.findElement(By.cssSelector("table.items a.cite, .findings a.cite"));
            String target = cite.getAttribute("href").substring(cite.getAttribute("href").indexOf('#') + 1);
            ((JavascriptExecutor) b.driver).executeScript("arguments[0].click();", cite);
            b.waitFor().until(d -> d.getCurrentUrl().endsWith("#" + target));
            Object targeted = ((JavascriptExecutor) b.driver).executeScript(
                    "var t = document.querySelector(':target'); return t ? t.id : null;");
            assertThat(targeted).as("the cited utterance is the highlighted one").isEqualTo(target);

            b.driver.findElement(By.cssSelector("details.edit-draft summary")).click();
            WebElement body = b.driver.findElement(By.name("body"));
            body.clear();
            body.sendKeys("Hi Jordan,\n\nThe pilot covers 40 warehouse users, with a 10% discount if the order form is signed "
                    + "in December. I will send the order form by Friday.\n\nBest,\nBea");
            b.driver.findElement(By.cssSelector("details.edit-draft button[type=submit]")).click();
            b.waitFor().until(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("The check ran again"));
            assertThat(b.driver.findElement(By.cssSelector("pre.draft")).getText()).contains("10% discount");

            b.driver.findElement(By.xpath("//button[contains(., 'Approve')]")).click();
            b.waitFor().until(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("Approved"));
            assertThat(calls.details(id).orElseThrow().status()).isEqualTo(CallStatus.APPROVED);
            assertThat(outbox.forCall(id)).as("the CRM outbox holds the note, the task(s) and the email").hasSizeGreaterThanOrEqualTo(3);
            b.screenshot("call-approved");
            b.signOut();

            b.signIn("carl", "carl-password-1");
            b.get("/calls/" + id);
            assertThat(b.driver.getPageSource()).contains("no such call");
            b.get("/");
            assertThat(b.driver.findElements(By.linkText("Pilot check-in"))).isEmpty();
            b.signOut();

            JobExecution failed = failARun();
            b.signIn(dev.followthrough.support.AppTest.ADMIN, dev.followthrough.support.AppTest.ADMIN_PASSWORD);
            b.get("/admin");
            b.screenshot("admin");
            WebElement failedRow = b.driver.findElement(By.id("run-" + failed.getId()));
            assertThat(failedRow.getText()).contains("FAILED");
            failedRow.findElement(By.xpath(".//button[contains(., 'Restart')]")).click();
            // a restart is a new execution of the same job instance, shown above the failed one
            By restarted = By.xpath("//tr[.//small[text()='restart of #" + failed.getId() + "']]");
            b.waitFor().until(d -> {
                d.navigate().refresh();
                return d.findElements(restarted).size() == 1 && d.findElement(restarted).getText().contains("COMPLETED");
            });
            assertThat(b.driver.findElement(restarted).findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
            assertThat(b.driver.findElement(By.id("run-" + failed.getId())).findElements(By.xpath(".//button[contains(., 'Restart')]")))
                    .as("a restarted run cannot be restarted again").isEmpty();
            b.screenshot("admin-restarted");
        }
    }

    /** A run whose inbox is unusable (a file where the folder should be) fails in its first step. */
    private JobExecution failARun() throws Exception {
        Path root = inbox.root();
        Inboxes.clear(root);
        Files.delete(root);
        Files.writeString(root, "not a folder");
        JobExecution e = runner.runNow("test");
        assertThat(e.getStatus()).isEqualTo(BatchStatus.FAILED);
        Files.delete(root);
        Files.createDirectories(root);
        return e;
    }
}
