package dev.followthrough.ingest.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Against MockWebServer, with responses written from Zoom's documented contract (see contracts/zoom). */
class ZoomClientTest {

    private static final String TOKEN_JSON = "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":3600,"
            + "\"scope\":\"cloud_recording:read:list_user_recordings:admin\"}";

    private MockWebServer server;
    private MutableClock clock;
    private ZoomClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        clock = new MutableClock(Instant.parse("2026-03-20T12:00:00Z"));
        client = client(DataSize.ofMegabytes(1));
    }

    private ZoomClient client(DataSize maxDownload) {
        ZoomProperties props = new ZoomProperties("acct-9", "cid", "csecret", server.url("/oauth/token").toString(),
                server.url("/v2").toString(), "dana.reyes@northwind.example", Duration.ofDays(7), null,
                Duration.ofMinutes(5), maxDownload);
        return new ZoomClient(props, new OkHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("expected another request").isNotNull();
        return r;
    }

    @Test
    void tokenIsRequestedWithBasicAuthAndAccountCredentialsThenCachedUntilNearExpiry() throws Exception {
        server.enqueue(json(TOKEN_JSON));
        server.enqueue(json(TOKEN_JSON.replace("tok-1", "tok-2")));

        assertThat(client.accessToken()).isEqualTo("tok-1");
        clock.advance(Duration.ofMinutes(58));
        assertThat(client.accessToken()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(90));
        assertThat(client.accessToken()).isEqualTo("tok-2");

        RecordedRequest first = take();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getUrl().encodedPath()).isEqualTo("/oauth/token");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("cid:csecret".getBytes(StandardCharsets.UTF_8)));
        assertThat(first.getBody().utf8()).isEqualTo("grant_type=account_credentials&account_id=acct-9");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void recordingsAreListedInWindowsOfAtMostAMonthFollowingPagesAndKeepingOnlyTranscripts() throws Exception {
        server.enqueue(json(TOKEN_JSON));
        server.enqueue(json(page("m-uuid-1==", 811, "Acme discovery", "page-2")));
        server.enqueue(json(page("m-uuid-2==", 812, "Acme pricing", "")));
        server.enqueue(json("{\"from\":\"2026-02-15\",\"to\":\"2026-03-14\",\"page_size\":300,\"total_records\":0,"
                + "\"next_page_token\":\"\",\"meetings\":[]}"));
        server.enqueue(json("{\"meetings\":[]}"));

        List<ZoomTranscriptFile> files = client.transcripts(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-20"));

        assertThat(files).extracting(ZoomTranscriptFile::meetingUuid, ZoomTranscriptFile::topic, ZoomTranscriptFile::fileId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m-uuid-1==", "Acme discovery", "f-vtt"),
                        org.assertj.core.groups.Tuple.tuple("m-uuid-2==", "Acme pricing", "f-vtt"));
        assertThat(files.get(0).startTime()).isEqualTo(Instant.parse("2026-01-20T15:00:00Z"));
        assertThat(files.get(0).dedupeKey()).isEqualTo("m-uuid-1==/f-vtt");

        take();
        RecordedRequest p1 = take();
        RecordedRequest p2 = take();
        RecordedRequest w2 = take();
        RecordedRequest w3 = take();
        assertThat(p1.getUrl().encodedPath()).isEqualTo("/v2/users/dana.reyes@northwind.example/recordings");
        assertThat(p1.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(window(p1)).containsExactly("2026-01-15", "2026-02-14", null);
        assertThat(window(p2)).containsExactly("2026-01-15", "2026-02-14", "page-2");
        assertThat(window(w2)).containsExactly("2026-02-15", "2026-03-14", null);
        assertThat(window(w3)).containsExactly("2026-03-15", "2026-03-20", null);
        assertThat(p1.getUrl().queryParameter("page_size")).isEqualTo("300");
    }

    @Test
    void windowsNeverExceedOneCalendarMonth() {
        List<LocalDate[]> windows = ZoomClient.windows(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-04-02"));

        assertThat(windows).allSatisfy(w -> assertThat(w[1]).isBefore(w[0].plusMonths(1)));
        assertThat(windows.get(0)[0]).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThat(windows.get(windows.size() - 1)[1]).isEqualTo(LocalDate.parse("2026-04-02"));
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i)[0]).isEqualTo(windows.get(i - 1)[1].plusDays(1));
        }
    }

    @Test
    void downloadUsesTheWebhookTokenAndKeepsItOnSameHostRedirects() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", server.url("/files/real.vtt")).build());
        server.enqueue(new MockResponse.Builder().code(200).body("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nDana: hi\n").build());

        byte[] vtt = client.download(file(server.url("/rec/download/abc")), "dl-token");

        assertThat(new String(vtt, StandardCharsets.UTF_8)).startsWith("WEBVTT");
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer dl-token");
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer dl-token");
    }

    @Test
    void aRedirectToAnotherHostDoesNotCarryTheToken() throws Exception {
        HttpUrl here = server.url("/rec/download/abc");
        String otherHost = here.host().equals("localhost") ? "127.0.0.1" : "localhost";
        server.enqueue(new MockResponse.Builder().code(302)
                .addHeader("Location", here.newBuilder().host(otherHost).encodedPath("/cdn/real.vtt").build()).build());
        server.enqueue(new MockResponse.Builder().code(200).body("WEBVTT\n").build());

        client.download(file(here), "dl-token");

        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer dl-token");
        RecordedRequest cdn = take();
        assertThat(cdn.getUrl().host()).isEqualTo(otherHost);
        assertThat(cdn.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void withoutAWebhookTokenTheOauthTokenIsUsed() throws Exception {
        server.enqueue(json(TOKEN_JSON));
        server.enqueue(new MockResponse.Builder().code(200).body("WEBVTT\n").build());

        client.download(file(server.url("/rec/download/abc")), null);

        take();
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    }

    @Test
    void zoomErrorsCarryTheirCodeAndRateLimitsTheirRetryAfter() {
        server.enqueue(json(TOKEN_JSON));
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                .body("{\"code\":1001,\"message\":\"User does not exist: dana.reyes@northwind.example.\"}").build());
        ZoomException notFound = catchThrowableOfType(ZoomException.class,
                () -> client.transcripts(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02")));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.zoomCode()).isEqualTo(1001);
        assertThat(notFound.getMessage()).contains("User does not exist");

        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7")
                .body("{\"code\":429,\"message\":\"You have reached the maximum per-second rate limit for this API.\"}").build());
        ZoomException limited = catchThrowableOfType(ZoomException.class,
                () -> client.transcripts(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02")));
        assertThat(limited.rateLimited()).isTrue();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anOversizedTranscriptIsRefused() {
        ZoomClient small = client(DataSize.ofBytes(100));
        server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(500)).build());

        ZoomException e = catchThrowableOfType(ZoomException.class,
                () -> small.download(file(server.url("/rec/download/big")), "dl"));
        assertThat(e.getMessage()).contains("max-download");
    }

    @Test
    void unconfiguredClientSaysWhichPropertiesAreMissing() {
        ZoomClient bare = new ZoomClient(new ZoomProperties(null, null, null, null, null, null, null, null, null, null),
                new OkHttpClient(), clock);

        ZoomException e = catchThrowableOfType(ZoomException.class, bare::accessToken);
        assertThat(e.getMessage()).contains("followthrough.zoom.account-id");
        assertThat(server.getRequestCount()).isZero();
    }

    private static ZoomTranscriptFile file(HttpUrl url) {
        return new ZoomTranscriptFile("m-uuid-1==", 811, "Acme", null, null, "f-vtt", url.toString(), 10);
    }

    private static String[] window(RecordedRequest r) {
        return new String[] {r.getUrl().queryParameter("from"), r.getUrl().queryParameter("to"),
                r.getUrl().queryParameter("next_page_token")};
    }

    /** One page of GET /users/{userId}/recordings with an MP4, a finished TRANSCRIPT and a CHAT file. */
    private static String page(String uuid, long id, String topic, String next) {
        return """
                {"from":"2026-01-15","to":"2026-02-14","page_count":1,"page_size":300,"total_records":2,
                 "next_page_token":"%s",
                 "meetings":[{"uuid":"%s","id":%d,"account_id":"acct-9","host_id":"h1","topic":"%s","type":2,
                   "start_time":"2026-01-20T15:00:00Z","duration":42,"total_size":1234,"recording_count":3,
                   "recording_files":[
                     {"id":"f-mp4","meeting_id":"%s","recording_start":"2026-01-20T15:00:05Z",
                      "recording_end":"2026-01-20T15:42:00Z","file_type":"MP4","file_extension":"MP4","file_size":100,
                      "download_url":"https://zoom.example/rec/download/mp4","status":"completed",
                      "recording_type":"shared_screen_with_speaker_view"},
                     {"id":"f-vtt","meeting_id":"%s","recording_start":"2026-01-20T15:00:05Z",
                      "recording_end":"2026-01-20T15:42:00Z","file_type":"TRANSCRIPT","file_extension":"VTT",
                      "file_size":5120,"download_url":"https://zoom.example/rec/download/vtt","status":"completed",
                      "recording_type":"audio_transcript"},
                     {"id":"f-chat","meeting_id":"%s","file_type":"CHAT","file_extension":"TXT","file_size":20,
                      "download_url":"https://zoom.example/rec/download/chat","status":"completed",
                      "recording_type":"chat_file"}]}]}
                """.formatted(next, uuid, id, topic, uuid, uuid, uuid);
    }
}
