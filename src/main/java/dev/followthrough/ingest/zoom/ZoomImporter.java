package dev.followthrough.ingest.zoom;

import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Brings Zoom transcripts in as calls, from the webhook or from a poll. Zoom delivers webhooks at least once
 * and a poll sees the same recordings again, so files already taken are skipped by meeting uuid + file id
 * (in memory), and CallIntake's content hash keeps a restart from importing one twice.
 */
@Service
public class ZoomImporter {

    private static final Logger log = LoggerFactory.getLogger(ZoomImporter.class);
    private static final int REMEMBERED = 10_000;

    private final ZoomClient client;
    private final CallIntake intake;
    private final ZoomProperties properties;
    private final Set<String> taken = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    public ZoomImporter(ZoomClient client, CallIntake intake, ZoomProperties properties) {
        this.client = client;
        this.intake = intake;
        this.properties = properties;
    }

    /** What one import run did. */
    public record Report(int imported, int alreadyKnown, int quarantined, int failed) {
    }

    /** Polls the configured look-back; off unless followthrough.zoom.poll-cron is set and the API is configured. */
    @Scheduled(cron = "${followthrough.zoom.poll-cron:-}")
    public void poll() {
        if (!properties.apiConfigured()) {
            log.warn("followthrough.zoom.poll-cron is set but the Zoom API is not configured; skipping the poll");
            return;
        }
        try {
            Report r = importAll(client.recentTranscripts(), null);
            log.info("Zoom poll: {} imported, {} already known, {} quarantined, {} failed", r.imported(),
                    r.alreadyKnown(), r.quarantined(), r.failed());
        } catch (ZoomException e) {
            log.warn("Zoom poll failed: {}", e.getMessage());
        }
    }

    /**
     * Imports each file; one that cannot be downloaded or read does not stop the others.
     *
     * @param downloadToken the webhook's download token, or {@code null} to use the OAuth token
     */
    public Report importAll(List<ZoomTranscriptFile> files, String downloadToken) {
        int imported = 0;
        int known = 0;
        int quarantined = 0;
        int failed = 0;
        for (ZoomTranscriptFile f : files) {
            if (taken.contains(f.dedupeKey())) {
                known++;
                continue;
            }
            byte[] content;
            try {
                content = client.download(f, downloadToken);
            } catch (ZoomException e) {
                // Not remembered: the next webhook retry or poll tries again.
                log.warn("Could not download Zoom transcript {}: {}", f.dedupeKey(), e.getMessage());
                failed++;
                continue;
            }
            String name = fileName(f);
            try {
                CallIntake.Accepted a = intake.accept(content, name, TranscriptFormat.VTT, metadata(f), "zoom");
                if (a.created()) {
                    imported++;
                } else {
                    known++;
                }
            } catch (TranscriptRejectedException e) {
                intake.quarantine(name, null, content, e, "zoom");
                quarantined++;
            }
            taken.add(f.dedupeKey());
        }
        return new Report(imported, known, quarantined, failed);
    }

    private static CallMetadata metadata(ZoomTranscriptFile f) {
        LocalDate date = f.startTime() == null ? null : f.startTime().atZone(ZoneOffset.UTC).toLocalDate();
        return new CallMetadata(date, f.hostEmail(), f.topic(), null, List.of());
    }

    private static String fileName(ZoomTranscriptFile f) {
        String topic = f.topic() == null || f.topic().isBlank() ? "zoom-meeting" : f.topic();
        String safe = topic.replaceAll("[^\\p{L}\\p{N}._ -]+", "_").strip();
        return (safe.length() > 80 ? safe.substring(0, 80) : safe) + " " + f.meetingId() + ".vtt";
    }
}
