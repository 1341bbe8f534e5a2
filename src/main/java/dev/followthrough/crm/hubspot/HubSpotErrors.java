package dev.followthrough.crm.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.HttpReply;
import dev.followthrough.crm.http.RetryAfter;
import tools.jackson.databind.JsonNode;

/**
 * Turns a HubSpot error response into a {@link CrmException} the outbox can act on. Body shape and codes:
 * HubSpot error-handling and usage-guidelines docs, summarised in shared/contracts/API-NOTES.md sections 1.6-1.7.
 */
final class HubSpotErrors {

    /** HubSpot's rolling window is ten seconds; waiting one full window clears it. */
    static final Duration TEN_SECONDLY_WAIT = Duration.ofSeconds(10);
    /** Search has its own per-second limit ("You have reached your secondly limit."). */
    static final Duration SECONDLY_WAIT = Duration.ofSeconds(1);
    /** 423 Locked: HubSpot documents locks of two seconds. */
    static final Duration LOCKED_WAIT = Duration.ofSeconds(2);
    static final Duration SERVER_WAIT = Duration.ofSeconds(5);
    static final Duration MIGRATION_WAIT = Duration.ofMinutes(1);

    private final CrmHttpClient http;
    private final Clock clock;
    private final ZoneId accountZone;

    HubSpotErrors(CrmHttpClient http, Clock clock, ZoneId accountZone) {
        this.http = http;
        this.clock = clock;
        this.accountZone = accountZone;
    }

    CrmException classify(HttpReply reply, String what) {
        int code = reply.code();
        JsonNode body = CrmJson.parse(reply.body());
        String message = "HubSpot " + code + " on " + what + ": " + describe(body, reply.bodySnippet());
        Duration retryAfter = RetryAfter.parse(reply.header("Retry-After"), clock);
        if (code == 429) {
            String policy = body.path("policyName").asString("");
            if ("DAILY".equalsIgnoreCase(policy)) {
                return http.failure(Kind.DAILY_LIMIT, message, null, nextMidnight(), null);
            }
            // Retry-After is documented only for 477, but honour it whenever HubSpot sends one.
            Duration wait = retryAfter;
            if (wait == null) {
                boolean searchSecondly = policy.isEmpty() && body.path("message").asString("")
                        .toLowerCase(Locale.ROOT).contains("secondly limit");
                wait = searchSecondly ? SECONDLY_WAIT : TEN_SECONDLY_WAIT;
            }
            return http.failure(Kind.RETRYABLE, message, wait, null, null);
        }
        if (code == 401 || code == 403) {
            return http.failure(Kind.AUTH, message, null, null, null);
        }
        if (code == 423) {
            return http.failure(Kind.RETRYABLE, message, or(retryAfter, LOCKED_WAIT), null, null);
        }
        if (code == 477) {
            return http.failure(Kind.RETRYABLE, message, or(retryAfter, MIGRATION_WAIT), null, null);
        }
        if (code == 408 || code >= 500) {
            return http.failure(Kind.RETRYABLE, message, or(retryAfter, SERVER_WAIT), null, null);
        }
        return http.failure(Kind.PERMANENT, message, null, null, null);
    }

    /** HubSpot resets the daily limit at midnight in the account's time zone. */
    Instant nextMidnight() {
        LocalDate today = LocalDate.now(clock.withZone(accountZone));
        return today.plusDays(1).atStartOfDay(accountZone).toInstant();
    }

    /** HubSpot's message, the per-field messages under errors[], and the correlation id support asks for. */
    static String describe(JsonNode body, String fallback) {
        if (body.isMissingNode() || !body.isObject()) {
            return fallback.isEmpty() ? "(no body)" : fallback;
        }
        List<String> parts = new ArrayList<>();
        String message = body.path("message").asString("");
        if (!message.isBlank()) {
            parts.add(message);
        }
        for (JsonNode e : body.path("errors")) {
            String m = e.path("message").asString("");
            if (!m.isBlank() && !m.equals(message)) {
                parts.add(m);
            }
        }
        String text = parts.isEmpty() ? fallback : String.join("; ", parts);
        String correlation = body.path("correlationId").asString("");
        return correlation.isBlank() ? text : text + " (correlationId " + correlation + ")";
    }

    private static Duration or(Duration value, Duration fallback) {
        return value != null ? value : fallback;
    }
}
