package dev.followthrough.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import dev.followthrough.support.AppTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin adds a rep with a sample email in a real browser, sees the learned style, gives the rep a sign-in,
 * and the rep signs in with it. Screenshots land in target/screenshots/admin-*.png.
 */
@AppTest
class AdminBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RepDirectory reps;
    @Autowired
    UserAccounts users;

    @Test
    void anAdminAddsARepWithASampleEmailSeesTheProfileAndTheRepSignsIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "elin." + tag + "@northwind.example";
        String username = "elin-" + tag;
        try (Browser b = Browser.open(port)) {
            b.signIn(AppTest.ADMIN, AppTest.ADMIN_PASSWORD);
            b.get("/admin");
            b.screenshot("admin-index");
            b.driver.findElement(By.linkText("Reps and users")).click();
            WebElement add = b.driver.findElement(By.id("add-rep"));
            add.findElement(By.name("name")).sendKeys("Elin Berg");
            add.findElement(By.name("email")).sendKeys(email);
            add.findElement(By.name("aliases")).sendKeys("Elin, E. Berg");
            add.findElement(By.cssSelector("button[type=submit]")).click();
            b.waitFor().until(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("is on the roster"));
            RepInfo rep = reps.byEmail(email).orElseThrow();
            assertThat(b.driver.getCurrentUrl()).endsWith("/admin/reps/" + rep.id());
            assertThat(b.driver.findElement(By.cssSelector("#style")).getText()).contains("neutral style");

            WebElement sample = b.driver.findElement(By.id("add-sample"));
            sample.findElement(By.name("name")).sendKeys("pilot-recap.txt");
            sample.findElement(By.name("content")).sendKeys("Subject: Recap of our pilot call\n\nHello Jordan,\n\n"
                    + "Many thanks for your time today. As agreed:\n\n* I will send the order form by Friday\n"
                    + "* you will share the shipment sample next week\n\nKind regards,\nElin Berg\nNorthwind");
            sample.findElement(By.cssSelector("button[type=submit]")).click();
            b.waitFor().until(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("Added pilot-recap.txt"));
            String style = b.driver.findElement(By.cssSelector("#style")).getText();
            assertThat(style).contains("Learned from 1 sample email(s).", "Hello {name},", "Kind regards,");
            assertThat(reps.sampleEmails(rep.id())).hasSize(1);
            b.screenshot("admin-rep-profile");

            WebElement login = b.driver.findElement(By.id("set-login"));
            login.findElement(By.name("username")).sendKeys(username);
            login.findElement(By.name("password")).sendKeys("elin-password-1");
            login.findElement(By.cssSelector("button[type=submit]")).click();
            b.waitFor().until(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("can now sign in as " + username));
            CurrentUser elin = users.find(username).orElseThrow();
            assertThat(elin.role()).isEqualTo(CurrentUser.REP);
            assertThat(elin.repId()).isEqualTo(rep.id());

            b.get("/admin/reps");
            assertThat(b.driver.findElement(By.id("user-" + elin.id())).getText()).contains(username, "REP", "Elin Berg", "enabled");
            b.screenshot("admin-reps");
            b.get("/admin/stats");
            assertThat(b.driver.findElements(By.cssSelector("figure.chart"))).hasSizeGreaterThanOrEqualTo(4);
            b.screenshot("admin-stats");
            b.signOut();

            b.signIn(username, "elin-password-1");
            assertThat(b.driver.findElement(By.cssSelector("header.topbar .who")).getText()).isEqualTo(username);
            assertThat(b.driver.findElements(By.linkText("Admin"))).as("no admin link for a rep").isEmpty();
            b.screenshot("admin-rep-signed-in");
            b.get("/admin/reps");
            assertThat(b.driver.getPageSource()).contains("403").doesNotContain("Add a rep");
        }
    }
}
