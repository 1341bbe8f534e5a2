package dev.followthrough.setup;

import dev.followthrough.FollowthroughProperties;
import dev.followthrough.pipeline.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start: import the shipped samples the first time (a marker in the database keeps a second start from
 * importing them again), then run the job once, so a new user sees every stage work at once.
 */
@Component
class StartupRun {

    private static final Logger log = LoggerFactory.getLogger(StartupRun.class);
    static final String SAMPLES_IMPORTED = "samples.imported";

    private final FollowthroughProperties props;
    private final SampleImporter importer;
    private final AppSettings settings;
    private final JobRunner runner;

    StartupRun(FollowthroughProperties props, SampleImporter importer, AppSettings settings, JobRunner runner) {
        this.props = props;
        this.importer = importer;
        this.settings = settings;
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (props.samples().importOnStart() && settings.get(SAMPLES_IMPORTED).isEmpty()) {
            SampleImporter.Imported imported = importer.importFrom(props.samples().dir());
            settings.put(SAMPLES_IMPORTED, imported.transcripts() + " transcripts from " + props.samples().dir());
        }
        if (props.runOnStart()) {
            log.info("Starting the first run: inbox {}", props.inbox().toAbsolutePath().normalize());
            runner.start("startup");
        }
    }
}
