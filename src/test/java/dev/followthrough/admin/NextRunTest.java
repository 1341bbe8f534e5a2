package dev.followthrough.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NextRunTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void theNightlyCronFiresTonightBeforeTwoAndTomorrowAfter() {
        ZonedDateTime evening = ZonedDateTime.of(2026, 12, 1, 22, 15, 0, 0, ZONE);
        assertThat(NextRun.of("0 0 2 * * *", true, evening).next())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 2, 0, 0, 0, ZONE));
        ZonedDateTime early = ZonedDateTime.of(2026, 12, 2, 1, 59, 59, 0, ZONE);
        assertThat(NextRun.of("0 0 2 * * *", true, early).next())
                .isEqualTo(ZonedDateTime.of(2026, 12, 2, 2, 0, 0, 0, ZONE));
        ZonedDateTime atTwo = ZonedDateTime.of(2026, 12, 2, 2, 0, 0, 0, ZONE);
        assertThat(NextRun.of("0 0 2 * * *", true, atTwo).next())
                .as("strictly after now").isEqualTo(ZonedDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZONE));
    }

    @Test
    void weekdaysAndTheSpringTimeChangeAreRespected() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZONE);
        assertThat(NextRun.of("0 30 6 * * MON-FRI", true, friday).next().getDayOfMonth()).isEqualTo(7);
        // 02:30 does not exist on 2027-03-28 in Berlin: the scheduler's CronExpression moves it, and so do we
        ZonedDateTime beforeChange = ZonedDateTime.of(2027, 3, 27, 12, 0, 0, 0, ZONE);
        ZonedDateTime next = NextRun.of("0 30 2 * * *", true, beforeChange).next();
        assertThat(next.toLocalDate().toString()).isIn("2027-03-28", "2027-03-29");
        assertThat(next).isAfter(beforeChange);
    }

    @Test
    void offOrInvalidSaysWhyInsteadOfADate() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZONE);
        NextRun off = NextRun.of("0 0 2 * * *", false, now);
        assertThat(off.next()).isNull();
        assertThat(off.problem()).contains("off");
        NextRun bad = NextRun.of("every night", true, now);
        assertThat(bad.next()).isNull();
        assertThat(bad.problem()).startsWith("invalid cron");
        NextRun never = NextRun.of("0 0 0 30 2 *", true, now);
        assertThat(never.next()).isNull();
        assertThat(never.problem()).contains("never");
    }
}
