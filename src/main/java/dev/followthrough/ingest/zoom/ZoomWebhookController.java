package dev.followthrough.ingest.zoom;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zoom's webhook endpoint. Zoom cannot send our credentials, so this path is authenticated by its signature
 * alone (the security configuration must let it through). Work happens off the request thread because Zoom
 * retries anything not answered within 3 seconds.
 */
@RestController
class ZoomWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ZoomWebhookController.class);

    private final ZoomWebhook webhook;
    private final ZoomImporter importer;
    private final TaskExecutor executor;

    /** Boot's general-purpose executor, named because the scheduler is a TaskExecutor too. */
    ZoomWebhookController(ZoomWebhook webhook, ZoomImporter importer,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.webhook = webhook;
        this.importer = importer;
        this.executor = executor;
    }

    @PostMapping(path = "/zoom/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = "x-zm-request-timestamp", required = false) String timestamp,
            @RequestHeader(name = "x-zm-signature", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        if (!webhook.verify(timestamp, signature, body)) {
            return ResponseEntity.status(401).body(Map.of("error", "bad-signature",
                    "detail", "x-zm-signature does not match the body, the timestamp is stale, or no secret token is set."));
        }
        ZoomWebhook.Event event;
        try {
            event = webhook.read(body);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "detail", e.getMessage()));
        }
        if (event instanceof ZoomWebhook.UrlValidation v) {
            return ResponseEntity.ok(Map.of("plainToken", v.plainToken(), "encryptedToken", v.encryptedToken()));
        }
        if (event instanceof ZoomWebhook.TranscriptCompleted done) {
            executor.execute(() -> {
                ZoomImporter.Report r = importer.importAll(done.files(), done.downloadToken());
                log.info("Zoom webhook: {} imported, {} already known, {} quarantined, {} failed", r.imported(),
                        r.alreadyKnown(), r.quarantined(), r.failed());
            });
        }
        return ResponseEntity.ok(Map.of("status", "accepted"));
    }
}
