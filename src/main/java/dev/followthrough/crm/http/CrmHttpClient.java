package dev.followthrough.crm.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.followthrough.crm.CrmException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * OkHttp plumbing shared by the CRM adapters: bearer auth, timeouts, no silent replays, and exceptions that never
 * carry the token.
 */
public final class CrmHttpClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** After a read timeout the CRM may well have committed; the retry is safe because every write is an upsert. */
    static final Duration TIMEOUT_BACKOFF = Duration.ofSeconds(5);
    static final Duration CONNECT_BACKOFF = Duration.ofSeconds(30);

    private final String crmName;
    private final TokenSource tokens;
    private final OkHttpClient client;

    public CrmHttpClient(String crmName, String token, CrmProperties.Timeouts timeouts) {
        this(crmName, TokenSource.fixed(token), timeouts);
    }

    public CrmHttpClient(String crmName, TokenSource tokens, CrmProperties.Timeouts timeouts) {
        this.crmName = crmName;
        this.tokens = tokens;
        this.client = okHttp(timeouts);
    }

    /** The OkHttp client every CRM call uses, token requests included. */
    public static OkHttpClient okHttp(CrmProperties.Timeouts timeouts) {
        return new OkHttpClient.Builder()
                // OkHttp would otherwise replay a POST after a connection failure or a 408: a duplicate in the
                // CRM. Retries belong to the outbox, which knows the record and its ledger.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .build();
    }

    public HttpReply get(HttpUrl url) {
        return send("GET", url, null);
    }

    public HttpReply send(String method, HttpUrl url, String json) {
        String token = tokens.token();
        HttpReply reply = send(method, url, json, token);
        if (reply.code() == 401 && tokens.refreshable()) {
            // A 401 means the request was refused before anything was done, so sending it again is safe.
            tokens.invalidate(token);
            reply = send(method, url, json, tokens.token());
        }
        return reply;
    }

    private HttpReply send(String method, HttpUrl url, String json, String token) {
        RequestBody body = json == null ? null : RequestBody.create(json, JSON);
        Request request = new Request.Builder()
                .url(url)
                .method(method, body)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("User-Agent", "followthrough")
                .build();
        try (Response response = client.newCall(request).execute()) {
            return new HttpReply(response.code(), response.headers(), response.body().string());
        } catch (InterruptedIOException e) {
            throw failure(CrmException.Kind.RETRYABLE, crmName + " did not answer " + method + " "
                    + url.encodedPath() + " in time (" + e.getMessage() + "); it may have committed, the retry"
                    + " upserts on our id", TIMEOUT_BACKOFF, null, e);
        } catch (IOException e) {
            // Refused, reset or dropped mid-response: whether the CRM committed is unknown, and the upsert on
            // our id makes the retry safe either way.
            throw failure(CrmException.Kind.RETRYABLE, crmName + " connection failed on " + method + " "
                    + url.encodedPath() + ": " + e.getMessage(), CONNECT_BACKOFF, null, e);
        }
    }

    /** Builds an exception whose message has the token scrubbed out, whatever the CRM echoed back. */
    public CrmException failure(CrmException.Kind kind, String message, Duration retryAfter, Instant notBefore,
                                Throwable cause) {
        List<String> secrets = tokens.secrets();
        Throwable safeCause = cause == null ? null : new RedactedCause(cause, secrets);
        return new CrmException(kind, Secrets.redact(message, secrets), retryAfter, notBefore, safeCause);
    }

    /** Keeps the cause's type and stack trace without its message, which could in theory hold the token. */
    private static final class RedactedCause extends IOException {
        RedactedCause(Throwable cause, List<String> secrets) {
            super(cause.getClass().getName() + ": " + Secrets.redact(String.valueOf(cause.getMessage()), secrets));
            setStackTrace(cause.getStackTrace());
        }
    }
}
