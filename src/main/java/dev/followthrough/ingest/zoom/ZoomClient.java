package dev.followthrough.ingest.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads transcripts from Zoom cloud recordings: a Server-to-Server OAuth token, the user's recordings
 * listed in windows of at most one month (Zoom's limit per request), and the TRANSCRIPT files downloaded
 * with a bearer token.
 */
public class ZoomClient {

    /** Renew a token this long before it expires, as Zoom's own SDK does, so no call races the expiry. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);
    private static final int PAGE_SIZE = 300;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ZoomProperties properties;
    private final OkHttpClient http;
    private final Clock clock;
    private String token;
    private Instant tokenExpiry = Instant.MIN;

    public ZoomClient(ZoomProperties properties, OkHttpClient http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    /** The transcripts of meetings recorded in the configured look-back period up to today (UTC). */
    public List<ZoomTranscriptFile> recentTranscripts() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(Math.max(0, properties.lookback().toDays()));
        return transcripts(from, today);
    }

    /** Transcript files of meetings recorded between the two dates (inclusive), however long the span. */
    public List<ZoomTranscriptFile> transcripts(LocalDate from, LocalDate to) {
        List<ZoomTranscriptFile> files = new ArrayList<>();
        for (LocalDate[] window : windows(from, to)) {
            String pageToken = null;
            do {
                JsonNode page = getJson(recordingsUrl(window[0], window[1], pageToken));
                for (JsonNode meeting : page.path("meetings")) {
                    files.addAll(RecordingFiles.transcripts(meeting));
                }
                pageToken = page.path("next_page_token").asText("");
            } while (!pageToken.isEmpty());
        }
        return files;
    }

    /** Splits a span into request windows of at most one calendar month each ("from" and "to" inclusive). */
    static List<LocalDate[]> windows(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        }
        List<LocalDate[]> windows = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(1).minusDays(1);
            if (end.isAfter(to)) {
                end = to;
            }
            windows.add(new LocalDate[] {start, end});
            start = end.plusDays(1);
        }
        return windows;
    }

    /**
     * Downloads a transcript. A webhook's download token is used when given (it is scoped to that
     * recording), otherwise the OAuth token. OkHttp follows redirects and drops the Authorization header
     * when one leads to another host, so the token never leaks to a third party.
     */
    public byte[] download(ZoomTranscriptFile file, String downloadToken) {
        String bearer = downloadToken != null && !downloadToken.isBlank() ? downloadToken : accessToken();
        HttpUrl url = HttpUrl.parse(file.downloadUrl());
        if (url == null) {
            throw new ZoomException("Transcript " + file.dedupeKey() + " has no valid download_url", 0, null, null);
        }
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + bearer).get().build();
        try (Response response = http.newCall(request).execute()) {
            requireSuccess(response, "download transcript " + file.dedupeKey());
            return boundedBody(response.body(), properties.maxDownload().toBytes());
        } catch (IOException e) {
            throw new ZoomException("Zoom transcript download failed: " + e.getMessage(), e);
        }
    }

    /** A cached S2S token; Zoom gives no refresh token, so a new one is requested when this one nears expiry. */
    synchronized String accessToken() {
        if (!properties.apiConfigured()) {
            throw new ZoomException("Zoom is not configured: set followthrough.zoom.account-id, client-id and client-secret",
                    0, null, null);
        }
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenExpiry.minus(TOKEN_MARGIN))) {
            return token;
        }
        Request request = new Request.Builder().url(properties.oauthUrl())
                .header("Authorization", Credentials.basic(properties.clientId(), properties.clientSecret()))
                .post(new FormBody.Builder().add("grant_type", "account_credentials")
                        .add("account_id", properties.accountId()).build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            requireSuccess(response, "get an OAuth token");
            JsonNode body = JSON.readTree(response.body().string());
            String value = body.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new ZoomException("Zoom's token response has no access_token", response.code(), null, null);
            }
            token = value;
            tokenExpiry = now.plusSeconds(body.path("expires_in").asLong(3600));
            return token;
        } catch (IOException e) {
            throw new ZoomException("Zoom token request failed: " + e.getMessage(), e);
        }
    }

    private HttpUrl recordingsUrl(LocalDate from, LocalDate to, String pageToken) {
        HttpUrl base = HttpUrl.parse(properties.apiUrl());
        if (base == null) {
            throw new ZoomException("followthrough.zoom.api-url is not a URL: " + properties.apiUrl(), 0, null, null);
        }
        HttpUrl.Builder url = base.newBuilder().addPathSegment("users").addPathSegment(properties.userId())
                .addPathSegment("recordings")
                .addQueryParameter("from", from.toString())
                .addQueryParameter("to", to.toString())
                .addQueryParameter("page_size", String.valueOf(PAGE_SIZE));
        if (pageToken != null) {
            url.addQueryParameter("next_page_token", pageToken);
        }
        return url.build();
    }

    private JsonNode getJson(HttpUrl url) {
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + accessToken()).get().build();
        try (Response response = http.newCall(request).execute()) {
            requireSuccess(response, "list recordings");
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new ZoomException("Zoom request failed: " + e.getMessage(), e);
        }
    }

    private static void requireSuccess(Response response, String what) throws IOException {
        if (response.isSuccessful()) {
            return;
        }
        Integer code = null;
        String message = response.message();
        String body = response.body() == null ? "" : response.body().string();
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.has("code")) {
                code = error.path("code").asInt();
                message = error.path("message").asText(message);
            }
        } catch (IOException notJson) {
            // keep the HTTP reason phrase
        }
        throw new ZoomException("Zoom refused to " + what + ": HTTP " + response.code()
                + (code == null ? "" : " code " + code) + ": " + message, response.code(), code, retryAfter(response));
    }

    private static Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }

    private static byte[] boundedBody(ResponseBody body, long max) throws IOException {
        if (body.contentLength() > max) {
            throw new ZoomException("Zoom transcript is " + body.contentLength() + " bytes; the limit is " + max
                    + " (followthrough.zoom.max-download)", 200, null, null);
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
            if (bytes.length > max) {
                throw new ZoomException("Zoom transcript exceeds " + max + " bytes (followthrough.zoom.max-download)",
                        200, null, null);
            }
            return bytes;
        }
    }
}
