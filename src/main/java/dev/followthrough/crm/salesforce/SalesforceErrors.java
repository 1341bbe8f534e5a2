package dev.followthrough.crm.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.HttpReply;
import tools.jackson.databind.JsonNode;

/**
 * Turns a Salesforce REST error into a {@link CrmException}. The body is an array of
 * {@code {"message","errorCode","fields"}} (REST API guide, "Status Codes and Error Responses"; summary in
 * shared/contracts/API-NOTES.md section 2.5).
 */
final class SalesforceErrors {

    /**
     * The org's API allocation is a rolling 24 hours, so capacity comes back gradually rather than at a reset time:
     * park the outbox for an hour and probe again, instead of waiting a full day.
     */
    static final Duration DAILY_PARK = Duration.ofHours(1);
    /** Too many concurrent long-running requests: clears as soon as they finish. */
    static final Duration CONCURRENT_WAIT = Duration.ofSeconds(30);
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    static final Duration SERVER_WAIT = Duration.ofSeconds(10);

    private final CrmHttpClient http;
    private final Clock clock;

    SalesforceErrors(CrmHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    CrmException classify(HttpReply reply, String what) {
        int code = reply.code();
        JsonNode body = CrmJson.parse(reply.body());
        List<String> errorCodes = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode e : body.isArray() ? body : CrmJson.parse("[]")) {
            errorCodes.add(e.path("errorCode").asString(""));
            String fields = e.path("fields").isArray() && !e.path("fields").isEmpty()
                    ? " " + e.path("fields") : "";
            messages.add(e.path("message").asString("") + " (" + e.path("errorCode").asString("") + ")" + fields);
        }
        String detail = messages.isEmpty() ? reply.bodySnippet() : String.join("; ", messages);
        String message = "Salesforce " + code + " on " + what + ": " + (detail.isEmpty() ? "(no body)" : detail);

        if (errorCodes.contains("REQUEST_LIMIT_EXCEEDED")) {
            boolean concurrent = detail.toLowerCase(Locale.ROOT).contains("concurrent");
            return concurrent
                    ? http.failure(Kind.RETRYABLE, message, CONCURRENT_WAIT, null, null)
                    : http.failure(Kind.DAILY_LIMIT, message, null, clock.instant().plus(DAILY_PARK), null);
        }
        if (code == 401 || code == 403) {
            return http.failure(Kind.AUTH, message, null, null, null);
        }
        if (errorCodes.contains("UNABLE_TO_LOCK_ROW")) {
            return http.failure(Kind.RETRYABLE, message, LOCK_WAIT, null, null);
        }
        if (code >= 500) {
            return http.failure(Kind.RETRYABLE, message, SERVER_WAIT, null, null);
        }
        if (code == 300) {
            return http.failure(Kind.PERMANENT, "Salesforce 300 on " + what + ": several records carry this"
                    + " external id; nothing was written. Remove the duplicates or mark the field Unique", null, null,
                    null);
        }
        return http.failure(Kind.PERMANENT, message, null, null, null);
    }
}
