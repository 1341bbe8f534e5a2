package dev.followthrough.crm.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.HttpReply;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Salesforce REST calls the gateway needs: SOQL queries and Task upsert/update. Shapes follow the REST API
 * guide's query, sObject upsert-by-external-id and sObject rows resources (shared/contracts/API-NOTES.md
 * section 2, and the CC0 Postman items under shared/contracts/salesforce/).
 */
final class SalesforceApi {

    /** Keeps the query URL well under the REST API's URI length limit. */
    static final int EMAILS_PER_QUERY = 50;

    record Contact(String id, String accountId, String email) {
    }

    private final CrmHttpClient http;
    private final HttpUrl base;
    private final SalesforceErrors errors;

    /** @param base instance URL + {@code /services/data/vXX.X} */
    SalesforceApi(CrmHttpClient http, HttpUrl base, SalesforceErrors errors) {
        this.http = http;
        this.base = base;
        this.errors = errors;
    }

    /** Contacts by email, most recently modified first (Salesforce does not make Contact.Email unique). */
    List<Contact> findContacts(List<String> emails) {
        List<Contact> found = new ArrayList<>();
        for (int from = 0; from < emails.size(); from += EMAILS_PER_QUERY) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + EMAILS_PER_QUERY));
            JsonNode res = query("SELECT Id, AccountId, Email FROM Contact WHERE Email IN " + Soql.list(chunk)
                    + " ORDER BY LastModifiedDate DESC", "contact query");
            for (JsonNode c : res.path("records")) {
                String account = c.path("AccountId").asString("");
                found.add(new Contact(c.path("Id").asString(), account.isBlank() ? null : account,
                        c.path("Email").asString("").toLowerCase(Locale.ROOT)));
            }
        }
        return found;
    }

    /** The account's open opportunity the team touched last. */
    Optional<String> findOpenOpportunity(String accountId) {
        JsonNode res = query("SELECT Id FROM Opportunity WHERE AccountId = " + Soql.literal(accountId)
                + " AND IsClosed = false ORDER BY LastModifiedDate DESC LIMIT 1", "opportunity query");
        for (JsonNode o : res.path("records")) {
            return Optional.of(o.path("Id").asString());
        }
        return Optional.empty();
    }

    Optional<String> findActiveUserId(String email) {
        JsonNode res = query("SELECT Id FROM User WHERE Email = " + Soql.literal(email)
                + " AND IsActive = true ORDER BY LastLoginDate DESC NULLS LAST LIMIT 1", "user query");
        for (JsonNode u : res.path("records")) {
            return Optional.of(u.path("Id").asString());
        }
        return Optional.empty();
    }

    /**
     * Upsert on the External ID field: 201 created, 200 (newer API versions) or 204 (older ones) when it matched
     * one record, 300 when it matched several.
     */
    String upsertTask(String externalIdField, String externalId, ObjectNode fields) {
        HttpUrl url = sobject("Task", externalIdField, externalId);
        HttpReply reply = http.send("PATCH", url, CrmJson.write(fields));
        if (reply.code() == 204 || (reply.isSuccessful() && reply.body().isBlank())) {
            return idByExternalId(externalIdField, externalId);
        }
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, "Task upsert");
        }
        JsonNode res = CrmJson.parse(reply.body());
        String id = res.path("id").asString("");
        if (id.isBlank()) {
            throw http.failure(Kind.PERMANENT, "Salesforce Task upsert answered " + reply.code()
                    + " without an id: " + reply.bodySnippet(), null, null, null);
        }
        return id;
    }

    /** Update by record id: answers 204 No Content. */
    void updateTask(String id, ObjectNode fields) {
        HttpReply reply = http.send("PATCH", sobject("Task", id), CrmJson.write(fields));
        if (reply.code() == 404 || reply.body().contains("ENTITY_IS_DELETED")) {
            // Deleted in Salesforce. Re-creating it behind the rep's back would be a surprise: say so instead.
            throw http.failure(Kind.PERMANENT, "Salesforce has no Task " + id + " any more (deleted there?); the"
                    + " ledger's id is stale: clear it to write the record again", null, null, null);
        }
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, "Task update");
        }
    }

    private String idByExternalId(String externalIdField, String externalId) {
        HttpUrl url = sobject("Task", externalIdField, externalId).newBuilder()
                .addQueryParameter("fields", "Id").build();
        HttpReply reply = http.get(url);
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, "Task read by external id");
        }
        return CrmJson.parse(reply.body()).path("Id").asString();
    }

    private JsonNode query(String soql, String what) {
        HttpUrl url = base.newBuilder().addPathSegment("query").addQueryParameter("q", soql).build();
        HttpReply reply = http.get(url);
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, what);
        }
        return CrmJson.parse(reply.body());
    }

    private HttpUrl sobject(String... segments) {
        HttpUrl.Builder b = base.newBuilder().addPathSegment("sobjects");
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }
}
