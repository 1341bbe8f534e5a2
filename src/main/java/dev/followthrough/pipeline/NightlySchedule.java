package dev.followthrough.pipeline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly run ops rely on; the cron comes from {@code followthrough.schedule.cron}. */
@Component
@ConditionalOnProperty(name = "followthrough.schedule.enabled", havingValue = "true", matchIfMissing = true)
class NightlySchedule {

    private final JobRunner runner;

    NightlySchedule(JobRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = "${followthrough.schedule.cron:0 0 2 * * *}")
    void nightly() {
        runner.start("schedule");
    }
}
