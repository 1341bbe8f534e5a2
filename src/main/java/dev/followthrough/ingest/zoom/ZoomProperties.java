package dev.followthrough.ingest.zoom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Zoom cloud-recording access through a Server-to-Server OAuth app. Secrets come from the environment
 * (FOLLOWTHROUGH_ZOOM_CLIENT_SECRET etc.), never from files in the repository.
 *
 * @param accountId          the S2S app's account id; the client is usable only when this, the client id and the secret are set
 * @param userId             whose recordings to list: a user id, an email, or "me"
 * @param lookback           how far back a poll looks; split into requests of at most one month each
 * @param webhookSecretToken the app's "secret token" for webhook signatures and URL validation
 * @param webhookTolerance   webhook requests whose timestamp is older than this are refused (replay protection)
 * @param maxDownload        largest transcript file downloaded
 */
@ConfigurationProperties("followthrough.zoom")
public record ZoomProperties(
        String accountId,
        String clientId,
        String clientSecret,
        @DefaultValue("https://zoom.us/oauth/token") String oauthUrl,
        @DefaultValue("https://api.zoom.us/v2") String apiUrl,
        @DefaultValue("me") String userId,
        @DefaultValue("7d") Duration lookback,
        String webhookSecretToken,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue("10MB") DataSize maxDownload) {

    public ZoomProperties {
        oauthUrl = oauthUrl == null ? "https://zoom.us/oauth/token" : oauthUrl;
        apiUrl = apiUrl == null ? "https://api.zoom.us/v2" : stripSlash(apiUrl);
        userId = userId == null || userId.isBlank() ? "me" : userId;
        lookback = lookback == null ? Duration.ofDays(7) : lookback;
        webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance;
        maxDownload = maxDownload == null ? DataSize.ofMegabytes(10) : maxDownload;
    }

    /** True when the API credentials are all present; the webhook needs only {@link #webhookSecretToken()}. */
    public boolean apiConfigured() {
        return notBlank(accountId) && notBlank(clientId) && notBlank(clientSecret);
    }

    public boolean webhookConfigured() {
        return notBlank(webhookSecretToken);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        // Keeps the secrets out of logs and actuator output.
        return "ZoomProperties[accountId=" + accountId + ", clientId=" + clientId + ", apiUrl=" + apiUrl + ", userId="
                + userId + ", lookback=" + lookback + ", clientSecret=" + (notBlank(clientSecret) ? "***" : "unset")
                + ", webhookSecretToken=" + (notBlank(webhookSecretToken) ? "***" : "unset") + "]";
    }
}
