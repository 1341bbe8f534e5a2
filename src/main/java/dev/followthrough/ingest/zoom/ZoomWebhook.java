package dev.followthrough.ingest.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom webhook handling without the web layer: signature check on the raw body, the URL-validation
 * challenge, and the transcript files of a {@code recording.transcript_completed} event.
 */
public class ZoomWebhook {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What a webhook body asks for. */
    public sealed interface Event permits UrlValidation, TranscriptCompleted, Ignored {
    }

    /** Zoom checks the endpoint: answer 200 with this JSON {@code {"plainToken","encryptedToken"}}. */
    public record UrlValidation(String plainToken, String encryptedToken) implements Event {
    }

    /** Transcripts are ready; fetch each with {@link ZoomClient#download} using the download token. */
    public record TranscriptCompleted(String downloadToken, List<ZoomTranscriptFile> files) implements Event {
    }

    /** Any other event: acknowledge with 200 and do nothing. */
    public record Ignored(String event) implements Event {
    }

    private final ZoomProperties properties;
    private final Clock clock;

    public ZoomWebhook(ZoomProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks {@code x-zm-signature} = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)) over the
     * raw bytes (re-serialised JSON would not match), in constant time, and refuses stale timestamps.
     */
    public boolean verify(String timestampHeader, String signatureHeader, byte[] rawBody) {
        if (!properties.webhookConfigured() || timestampHeader == null || signatureHeader == null || rawBody == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        // Zoom sends seconds; accept milliseconds too rather than reject a correct request on a unit guess.
        Instant sent = ts > 100_000_000_000L ? Instant.ofEpochMilli(ts) : Instant.ofEpochSecond(ts);
        if (Duration.between(sent, clock.instant()).abs().compareTo(properties.webhookTolerance()) > 0) {
            return false;
        }
        byte[] prefix = ("v0:" + timestampHeader.strip() + ":").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(rawBody, 0, message, prefix.length, rawBody.length);
        byte[] expected = ("v0=" + hmacHex(message)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a verified body. Call {@link #verify} first; this method does not. */
    public Event read(byte[] rawBody) {
        JsonNode root;
        try {
            root = JSON.readTree(rawBody);
        } catch (IOException e) {
            throw new IllegalArgumentException("Zoom webhook body is not JSON", e);
        }
        String event = root.path("event").asText("");
        switch (event) {
            case "endpoint.url_validation" -> {
                String plain = root.path("payload").path("plainToken").asText("");
                if (plain.isEmpty()) {
                    throw new IllegalArgumentException("endpoint.url_validation without payload.plainToken");
                }
                return new UrlValidation(plain, hmacHex(plain.getBytes(StandardCharsets.UTF_8)));
            }
            case "recording.transcript_completed" -> {
                JsonNode object = root.path("payload").path("object");
                String token = root.path("download_token").asText(null);
                return new TranscriptCompleted(token, RecordingFiles.transcripts(object));
            }
            default -> {
                return new Ignored(event);
            }
        }
    }

    private String hmacHex(byte[] message) {
        if (!properties.webhookConfigured()) {
            throw new IllegalStateException("followthrough.zoom.webhook-secret-token is not set");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.webhookSecretToken().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
