package dev.followthrough.crm.salesforce;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.CrmProperties;
import dev.followthrough.crm.http.Secrets;
import dev.followthrough.crm.http.TokenSource;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens from the OAuth 2.0 client-credentials flow of a Connected App
 * ({@code POST /services/oauth2/token}, {@code grant_type=client_credentials}; API-NOTES.md section 2.1). Salesforce
 * sessions expire, so a fixed token would stop the sync every few hours; this source fetches a new one when the
 * API answers 401.
 */
final class SalesforceClientCredentials implements TokenSource {

    static final Duration RETRY_WAIT = Duration.ofSeconds(30);

    private final OkHttpClient client;
    private final HttpUrl tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final List<String> issued = new ArrayList<>();
    private String current;

    SalesforceClientCredentials(HttpUrl instanceUrl, String clientId, String clientSecret,
                                CrmProperties.Timeouts timeouts) {
        this.client = CrmHttpClient.okHttp(timeouts);
        this.tokenUrl = instanceUrl.newBuilder().addPathSegment("services").addPathSegment("oauth2")
                .addPathSegment("token").build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public synchronized String token() {
        if (current == null) {
            current = fetch();
            issued.add(current);
        }
        return current;
    }

    @Override
    public boolean refreshable() {
        return true;
    }

    @Override
    public synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(current)) {
            current = null;
        }
    }

    @Override
    public synchronized List<String> secrets() {
        List<String> all = new ArrayList<>(issued);
        all.add(clientSecret);
        return all;
    }

    private String fetch() {
        Request request = new Request.Builder().url(tokenUrl).post(new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .build()).header("Accept", "application/json").build();
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            JsonNode json = CrmJson.parse(body);
            String token = json.path("access_token").asString("");
            if (response.isSuccessful() && !token.isBlank()) {
                return token;
            }
            // OAuth errors: {"error":"invalid_client","error_description":"invalid client credentials"}
            String why = json.path("error").asString("") + ": " + json.path("error_description").asString("");
            String message = Secrets.redact("Salesforce token request answered " + response.code() + " " + why,
                    secrets());
            throw response.code() >= 500
                    ? new CrmException(Kind.RETRYABLE, message, RETRY_WAIT, null, null)
                    : new CrmException(Kind.AUTH, message, null, null, null);
        } catch (InterruptedIOException e) {
            throw new CrmException(Kind.RETRYABLE, "Salesforce token request timed out", RETRY_WAIT, null, null);
        } catch (IOException e) {
            throw new CrmException(Kind.RETRYABLE, "Salesforce token endpoint unreachable: "
                    + e.getClass().getSimpleName(), RETRY_WAIT, null, null);
        }
    }
}
