package dev.followthrough.ingest.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ZoomWebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-03T16:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);

    private ZoomWebhook webhook(String secret) {
        return new ZoomWebhook(new ZoomProperties(null, null, null, null, null, null, null, secret,
                Duration.ofMinutes(5), null), clock);
    }

    private static String sign(String secret, String ts, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aCorrectSignatureOverTheRawBodyIsAccepted() throws Exception {
        byte[] body = "{\"event\":\"recording.transcript_completed\",\"event_ts\":1793721600000}".getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(webhook("s3cret").verify(ts, sign("s3cret", ts, body), body)).isTrue();
    }

    @Test
    void wrongSecretTamperedBodyStaleTimestampOrMissingHeadersAreRefused() throws Exception {
        byte[] body = "{\"event\":\"recording.transcript_completed\"}".getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(NOW.getEpochSecond());
        String good = sign("s3cret", ts, body);
        ZoomWebhook hook = webhook("s3cret");

        assertThat(hook.verify(ts, sign("other", ts, body), body)).isFalse();
        assertThat(hook.verify(ts, good, "{\"event\":\"recording.transcript_completed\" }".getBytes(StandardCharsets.UTF_8))).isFalse();
        String old = String.valueOf(NOW.minusSeconds(600).getEpochSecond());
        assertThat(hook.verify(old, sign("s3cret", old, body), body)).isFalse();
        assertThat(hook.verify(null, good, body)).isFalse();
        assertThat(hook.verify(ts, null, body)).isFalse();
        assertThat(hook.verify("not-a-number", good, body)).isFalse();
        assertThat(webhook(null).verify(ts, good, body)).isFalse();
    }

    @Test
    void urlValidationAnswersWithTheHmacOfThePlainToken() {
        // RFC 4231 test case 2 (key "Jefe"), an HMAC-SHA256 value computed outside this code.
        byte[] body = "{\"payload\":{\"plainToken\":\"what do ya want for nothing?\"},\"event_ts\":1654503849680,\"event\":\"endpoint.url_validation\"}"
                .getBytes(StandardCharsets.UTF_8);

        ZoomWebhook.Event event = webhook("Jefe").read(body);

        assertThat(event).isEqualTo(new ZoomWebhook.UrlValidation("what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    @Test
    void transcriptCompletedYieldsItsVttFilesAndTheDownloadToken() {
        byte[] body = """
                {"event":"recording.transcript_completed","event_ts":1793721600000,"download_token":"dl-abc",
                 "payload":{"account_id":"acct-9","object":{"uuid":"4444AAAiAAAAAiAiAiiAii==","id":81234567890,
                   "account_id":"acct-9","host_id":"h1","host_email":"dana.reyes@northwind.example",
                   "topic":"Acme Logistics - renewal","type":2,"start_time":"2026-11-03T15:00:00Z","timezone":"UTC",
                   "duration":38,"total_size":2048,"recording_count":1,"share_url":"https://zoom.example/rec/share/x",
                   "recording_files":[{"id":"vtt-1","meeting_id":"4444AAAiAAAAAiAiAiiAii==",
                     "recording_start":"2026-11-03T15:00:02Z","recording_end":"2026-11-03T15:38:10Z",
                     "file_type":"TRANSCRIPT","file_extension":"VTT","file_size":2048,
                     "download_url":"https://zoom.example/rec/download/vtt-1","status":"completed",
                     "recording_type":"audio_transcript"}]}}}
                """.getBytes(StandardCharsets.UTF_8);

        ZoomWebhook.Event event = webhook("s3cret").read(body);

        assertThat(event).isInstanceOf(ZoomWebhook.TranscriptCompleted.class);
        ZoomWebhook.TranscriptCompleted done = (ZoomWebhook.TranscriptCompleted) event;
        assertThat(done.downloadToken()).isEqualTo("dl-abc");
        assertThat(done.files()).singleElement().satisfies(f -> {
            assertThat(f.dedupeKey()).isEqualTo("4444AAAiAAAAAiAiAiiAii==/vtt-1");
            assertThat(f.hostEmail()).isEqualTo("dana.reyes@northwind.example");
            assertThat(f.topic()).isEqualTo("Acme Logistics - renewal");
            assertThat(f.downloadUrl()).isEqualTo("https://zoom.example/rec/download/vtt-1");
        });
    }

    @Test
    void otherEventsAreIgnored() {
        assertThat(webhook("s3cret").read("{\"event\":\"meeting.started\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new ZoomWebhook.Ignored("meeting.started"));
    }
}
