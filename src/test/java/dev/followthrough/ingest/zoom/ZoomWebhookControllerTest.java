package dev.followthrough.ingest.zoom;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ZoomWebhookControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-03T16:00:00Z");
    private static final String SECRET = "whsec-test";

    private final ZoomImporter importer = mock(ZoomImporter.class);
    private final ZoomWebhook webhook = new ZoomWebhook(new ZoomProperties(null, null, null, null, null, null, null,
            SECRET, Duration.ofMinutes(5), null), new MutableClock(NOW));
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new ZoomWebhookController(webhook, importer, Runnable::run)).build();

    private static String sign(String ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    private org.springframework.test.web.servlet.ResultActions send(String body, String signature) throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());
        return mvc.perform(post("/zoom/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("x-zm-request-timestamp", ts).header("x-zm-signature", signature == null ? sign(ts, body) : signature));
    }

    @Test
    void urlValidationIsAnswered() throws Exception {
        send("{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event_ts\":1}", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plainToken").value("qgg8vlvZRS6UYooatFL8Aw"))
                .andExpect(jsonPath("$.encryptedToken").isString());
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsImported() throws Exception {
        send("{\"event\":\"recording.transcript_completed\",\"payload\":{\"object\":{}}}", "v0=00")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("bad-signature"));
        verify(importer, never()).importAll(any(), any());
    }

    @Test
    void aCompletedTranscriptIsHandedToTheImporter() throws Exception {
        String body = "{\"event\":\"recording.transcript_completed\",\"download_token\":\"dl-1\",\"payload\":{\"object\":"
                + "{\"uuid\":\"abc==\",\"id\":5,\"topic\":\"Acme\",\"recording_files\":[{\"id\":\"f1\",\"file_type\":\"TRANSCRIPT\","
                + "\"file_extension\":\"VTT\",\"status\":\"completed\",\"download_url\":\"https://zoom.example/rec/f1\"}]}}}";
        org.mockito.Mockito.when(importer.importAll(any(), any())).thenReturn(new ZoomImporter.Report(1, 0, 0, 0));

        send(body, null).andExpect(status().isOk());

        verify(importer).importAll(org.mockito.ArgumentMatchers.argThat(files -> files.size() == 1
                && files.get(0).dedupeKey().equals("abc==/f1")), eq("dl-1"));
    }
}
