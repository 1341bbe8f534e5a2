package dev.followthrough.crm.http;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CRM settings. Tokens are meant to come from the environment ({@code FOLLOWTHROUGH_CRM_HUBSPOT_TOKEN},
 * {@code FOLLOWTHROUGH_CRM_SALESFORCE_ACCESS_TOKEN}), never from a committed file.
 *
 * @param provider       which CRM receives the outbox; {@code none} keeps records waiting in the outbox
 * @param requireContact when true, a record none of whose attendees is a CRM contact fails (PERMANENT) instead of
 *                       being written where nobody would find it
 * @param timeZone       the zone the CRM account works in: HubSpot's daily limit resets at its midnight, task due
 *                       dates and logged-call dates are placed in it
 */
@ConfigurationProperties("followthrough.crm")
public record CrmProperties(@DefaultValue("none") Provider provider,
                            @DefaultValue("true") boolean requireContact,
                            @DefaultValue("UTC") ZoneId timeZone,
                            @DefaultValue Timeouts timeouts,
                            @DefaultValue HubSpot hubspot,
                            @DefaultValue Salesforce salesforce) {

    public enum Provider { NONE, HUBSPOT, SALESFORCE }

    /**
     * @param connect TCP/TLS connect
     * @param read    silence on the socket while waiting for a response
     * @param call    the whole call, so one stuck request cannot hold the sync step
     */
    public record Timeouts(@DefaultValue("10s") Duration connect,
                           @DefaultValue("30s") Duration read,
                           @DefaultValue("60s") Duration call) {
    }

    /**
     * @param uniqueProperty a custom property created with {@code hasUniqueValue: true} on notes, tasks and emails
     * @param upsertObjects  the objects on which that property really is unique, so batch upsert works; the others
     *                       fall back to search-then-create on the same (non-unique) property
     */
    public record HubSpot(@DefaultValue("https://api.hubapi.com") String baseUrl,
                          String token,
                          @DefaultValue("followthrough_id") String uniqueProperty,
                          @DefaultValue({"notes", "tasks", "emails"}) Set<String> upsertObjects) {

        public HubSpot {
            upsertObjects = upsertObjects == null ? Set.of() : Set.copyOf(upsertObjects);
        }

        @Override
        public String toString() {
            return "HubSpot[baseUrl=" + baseUrl + ", token=" + Secrets.mask(token) + ", uniqueProperty="
                    + uniqueProperty + ", upsertObjects=" + upsertObjects + "]";
        }
    }

    /**
     * @param instanceUrl     the org's My Domain URL, as the OAuth token response's {@code instance_url} gives it
     * @param accessToken     a fixed access token; or leave it empty and give clientId and clientSecret
     * @param clientId        Connected App consumer key, for the client-credentials flow (tokens renewed on 401)
     * @param clientSecret    Connected App consumer secret
     * @param apiVersion      REST API version, "62.0" or "v62.0"
     * @param externalIdField a custom Task field marked External ID (and Unique), used as the upsert key
     */
    public record Salesforce(String instanceUrl,
                             String accessToken,
                             String clientId,
                             String clientSecret,
                             @DefaultValue("62.0") String apiVersion,
                             @DefaultValue("Followthrough_Id__c") String externalIdField) {

        public boolean usesClientCredentials() {
            return (accessToken == null || accessToken.isBlank()) && clientId != null && !clientId.isBlank()
                    && clientSecret != null && !clientSecret.isBlank();
        }

        @Override
        public String toString() {
            return "Salesforce[instanceUrl=" + instanceUrl + ", accessToken=" + Secrets.mask(accessToken)
                    + ", clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret)
                    + ", apiVersion=" + apiVersion + ", externalIdField=" + externalIdField + "]";
        }
    }
}
