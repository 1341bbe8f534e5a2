package dev.followthrough;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's top-level settings (module settings live beside their modules).
 *
 * @param dataDir  where the embedded database and working files live
 * @param inbox    the folder new transcripts are dropped into
 * @param baseUrl  how users reach this app, for links written into the CRM
 * @param runOnStart run the job once as soon as the app is up
 * @param autoSyncClean queue calls whose check passed for the CRM without waiting for a rep
 */
@ConfigurationProperties("followthrough")
public record FollowthroughProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./data/inbox") Path inbox,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("true") boolean runOnStart,
        @DefaultValue("true") boolean autoSyncClean,
        @DefaultValue Samples samples,
        @DefaultValue Schedule schedule) {

    /**
     * @param dir          the sample calls shipped with the repository
     * @param importOnStart copy them into the inbox on the first start (never twice)
     */
    public record Samples(@DefaultValue("./sample-transcripts") Path dir, @DefaultValue("true") boolean importOnStart) {
    }

    /** @param cron when the nightly run starts (Spring cron: second minute hour day month weekday) */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("true") boolean enabled) {
    }
}
