package dev.followthrough.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context the whole-app tests share (starting it costs ~10 s on 2 cores): an in-memory
 * database, a scratch inbox under target/, and no run on start, so each test drives the job itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:apptest;DB_CLOSE_DELAY=-1",
        "followthrough.data-dir=target/apptest",
        "followthrough.inbox=target/apptest/inbox",
        "followthrough.run-on-start=false",
        "followthrough.samples.import-on-start=false",
        "followthrough.schedule.enabled=false",
        "followthrough.admin-password=admin-test-password"
})
@AutoConfigureMockMvc
public @interface AppTest {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "admin-test-password";
}
