package dev.followthrough.ingest.zoom;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Zoom client and webhook handler. Both exist even without credentials (so the app starts the same
 * way everywhere); they refuse to work, with a message naming the missing property, until configured.
 */
@Configuration(proxyBeanMethods = false)
class ZoomConfiguration {

    @Bean
    ZoomClient zoomClient(ZoomProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                // A silent retry of the token POST is harmless, but be explicit rather than rely on OkHttp's default.
                .retryOnConnectionFailure(false)
                .build();
        return new ZoomClient(properties, http, Clock.systemUTC());
    }

    @Bean
    ZoomWebhook zoomWebhook(ZoomProperties properties) {
        return new ZoomWebhook(properties, Clock.systemUTC());
    }
}
