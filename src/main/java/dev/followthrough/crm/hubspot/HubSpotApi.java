package dev.followthrough.crm.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.HttpReply;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HubSpot CRM v3/v4 calls the gateway needs, one method per endpoint. Request and response shapes follow
 * HubSpot's CRM v3 object, search, owners and v4 associations docs (shared/contracts/API-NOTES.md section 1).
 */
final class HubSpotApi {

    /** HubSpot allows five filter groups per search request (OR-ed); one email per group. */
    static final int MAX_FILTER_GROUPS = 5;

    record Contact(String id, String email, String companyId) {
    }

    private final CrmHttpClient http;
    private final HttpUrl base;
    private final HubSpotErrors errors;

    HubSpotApi(CrmHttpClient http, HttpUrl base, HubSpotErrors errors) {
        this.http = http;
        this.base = base;
        this.errors = errors;
    }

    /** Contacts whose {@code email} equals one of the given addresses (search API, EQ per filter group). */
    List<Contact> findContacts(List<String> emails) {
        List<Contact> found = new ArrayList<>();
        for (int from = 0; from < emails.size(); from += MAX_FILTER_GROUPS) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + MAX_FILTER_GROUPS));
            ObjectNode req = CrmJson.object();
            ArrayNode groups = req.putArray("filterGroups");
            for (String email : chunk) {
                groups.addObject().putArray("filters").add(filter("email", "EQ", email));
            }
            req.putArray("properties").add("email").add("associatedcompanyid");
            req.put("limit", 100);
            JsonNode res = post(path("crm", "v3", "objects", "contacts", "search"), req, "contact search");
            for (JsonNode c : res.path("results")) {
                JsonNode p = c.path("properties");
                String company = p.path("associatedcompanyid").asString("");
                found.add(new Contact(c.path("id").asString(), p.path("email").asString("").toLowerCase(Locale.ROOT),
                        company.isBlank() ? null : company));
            }
        }
        return found;
    }

    /** The HubSpot owner (user) id of the rep, by email (owners API). */
    Optional<String> findOwnerId(String email) {
        HttpUrl url = path("crm", "v3", "owners").newBuilder()
                .addQueryParameter("email", email).addQueryParameter("limit", "1").build();
        HttpReply reply = http.get(url);
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, "owner lookup");
        }
        for (JsonNode o : CrmJson.parse(reply.body()).path("results")) {
            if (email.equalsIgnoreCase(o.path("email").asString(""))) {
                return Optional.of(o.path("id").asString());
            }
        }
        return Optional.empty();
    }

    /** The most recently modified open deal associated with any of the contacts. */
    Optional<String> findOpenDeal(List<String> contactIds) {
        ObjectNode req = CrmJson.object();
        ArrayNode groups = req.putArray("filterGroups");
        for (String id : contactIds.subList(0, Math.min(contactIds.size(), MAX_FILTER_GROUPS))) {
            groups.addObject().putArray("filters")
                    .add(filter("associations.contact", "EQ", id))
                    .add(filter("hs_is_closed", "EQ", "false"));
        }
        req.putArray("properties").add("dealname").add("hs_lastmodifieddate");
        req.putArray("sorts").addObject().put("propertyName", "hs_lastmodifieddate").put("direction", "DESCENDING");
        req.put("limit", 1);
        JsonNode res = post(path("crm", "v3", "objects", "deals", "search"), req, "deal search");
        for (JsonNode d : res.path("results")) {
            return Optional.of(d.path("id").asString());
        }
        return Optional.empty();
    }

    /** Batch upsert of one input keyed by our unique property; returns the HubSpot id, created or matched. */
    String upsert(HubSpotObject obj, String idProperty, String externalId, Map<String, String> properties) {
        ObjectNode req = CrmJson.object();
        ObjectNode input = req.putArray("inputs").addObject();
        input.put("idProperty", idProperty);
        input.put("id", externalId);
        input.set("properties", props(properties));
        String what = obj.path + " upsert";
        JsonNode res = post(path("crm", "v3", "objects", obj.path, "batch", "upsert"), req, what);
        JsonNode first = res.path("results").path(0);
        if (first.isMissingNode()) {
            // 207 multi-status with the one input in errors[]: a validation failure for this record.
            throw http.failure(Kind.PERMANENT, "HubSpot rejected " + what + ": "
                    + HubSpotErrors.describe(res.path("errors").path(0), "no result and no error"), null, null, null);
        }
        return first.path("id").asString();
    }

    void update(HubSpotObject obj, String id, Map<String, String> properties) {
        ObjectNode req = CrmJson.object();
        req.set("properties", props(properties));
        HttpReply reply = http.send("PATCH", path("crm", "v3", "objects", obj.path, id), CrmJson.write(req));
        if (reply.code() == 404) {
            // Someone deleted it in HubSpot. Re-creating it behind their back would be a surprise: say so instead.
            throw http.failure(Kind.PERMANENT, "HubSpot has no " + obj.path + " " + id + " any more (deleted in"
                    + " HubSpot?); the ledger's id is stale: clear it to write the record again", null, null, null);
        }
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, obj.path + " update");
        }
    }

    /** Search-then-create fallback: the object carrying our id in a (non-unique) property, if search sees it yet. */
    Optional<String> findByProperty(HubSpotObject obj, String property, String value) {
        ObjectNode req = CrmJson.object();
        req.putArray("filterGroups").addObject().putArray("filters").add(filter(property, "EQ", value));
        req.putArray("properties").add(property);
        req.put("limit", 1);
        JsonNode res = post(path("crm", "v3", "objects", obj.path, "search"), req, obj.path + " search");
        for (JsonNode o : res.path("results")) {
            return Optional.of(o.path("id").asString());
        }
        return Optional.empty();
    }

    String create(HubSpotObject obj, Map<String, String> properties) {
        ObjectNode req = CrmJson.object();
        req.set("properties", props(properties));
        req.putArray("associations"); // required by the create schema; associations are made afterwards
        return post(path("crm", "v3", "objects", obj.path), req, obj.path + " create").path("id").asString();
    }

    /**
     * Associates one object with several records of one type (v4 batch create). Re-creating an association that
     * exists leaves one association, so a retried write does not pile them up.
     *
     * @return per-input error messages from a 207 multi-status, empty when all were made
     */
    List<String> associate(HubSpotObject obj, String id, String toType, List<String> toIds, int typeId) {
        ObjectNode req = CrmJson.object();
        ArrayNode inputs = req.putArray("inputs");
        for (String to : toIds) {
            ObjectNode in = inputs.addObject();
            in.putObject("from").put("id", id);
            in.putObject("to").put("id", to);
            in.putArray("types").addObject()
                    .put("associationCategory", "HUBSPOT_DEFINED").put("associationTypeId", typeId);
        }
        JsonNode res = post(path("crm", "v4", "associations", obj.path, toType, "batch", "create"), req,
                obj.path + " to " + toType + " associations");
        List<String> problems = new ArrayList<>();
        for (JsonNode e : res.path("errors")) {
            problems.add(e.path("message").asString("association failed"));
        }
        return problems;
    }

    private JsonNode post(HttpUrl url, ObjectNode body, String what) {
        return send("POST", url, body, what);
    }

    private JsonNode send(String method, HttpUrl url, ObjectNode body, String what) {
        HttpReply reply = http.send(method, url, CrmJson.write(body));
        if (!reply.isSuccessful()) {
            throw errors.classify(reply, what);
        }
        return CrmJson.parse(reply.body());
    }

    private HttpUrl path(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    private static ObjectNode filter(String property, String operator, String value) {
        ObjectNode f = CrmJson.object();
        f.put("propertyName", property);
        f.put("operator", operator);
        f.put("value", value);
        return f;
    }

    private static ObjectNode props(Map<String, String> properties) {
        ObjectNode p = CrmJson.object();
        properties.forEach(p::put);
        return p;
    }
}
