package dev.followthrough.admin;

import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the scheduled run starts next, computed from the same cron the scheduler uses, in the server's time
 * zone (the scheduler's default).
 *
 * @param next    {@code null} when the schedule is off, the cron is invalid or never fires
 * @param problem why there is no next run, {@code null} when there is one
 */
record NextRun(String cron, boolean enabled, ZonedDateTime next, String problem) {

    static NextRun of(String cron, boolean enabled, ZonedDateTime now) {
        if (!enabled) {
            return new NextRun(cron, false, null, "the schedule is off (followthrough.schedule.enabled=false)");
        }
        try {
            ZonedDateTime next = CronExpression.parse(cron).next(now);
            return new NextRun(cron, true, next, next == null ? "this cron never fires again" : null);
        } catch (IllegalArgumentException e) {
            return new NextRun(cron, true, null, "invalid cron: " + e.getMessage());
        }
    }
}
