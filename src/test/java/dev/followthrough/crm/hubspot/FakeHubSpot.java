package dev.followthrough.crm.hubspot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.followthrough.crm.http.CrmJson;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny in-memory HubSpot behind MockWebServer. It keeps objects, contacts, owners, deals and associations, and
 * answers with the response shapes of HubSpot's CRM v3/v4 docs (SimplePublicObject, batch upsert results with
 * {@code new}, search {@code total/results}, owners {@code results}). Upsert is modelled by the unique property,
 * so a test can see whether a retry duplicated anything.
 */
final class FakeHubSpot extends Dispatcher {

    static final String TOKEN = "pat-na1-test-0000-secret-token";

    record Deal(String id, List<String> contactIds, boolean closed, long lastModified) {
    }

    final Map<String, Map<String, Map<String, String>>> objects = new LinkedHashMap<>();
    final List<Map<String, String>> contacts = new ArrayList<>();
    final Map<String, String> owners = new LinkedHashMap<>();
    final List<Deal> deals = new ArrayList<>();
    final Set<String> associations = new LinkedHashSet<>();
    /** Objects whose unique property was created with hasUniqueValue, so batch upsert is allowed on them. */
    final Set<String> uniqueOn = new LinkedHashSet<>(Set.of("notes", "tasks", "emails"));
    final String uniqueProperty = "followthrough_id";

    private final BlockingQueue<MockResponse> scripted = new ArrayBlockingQueue<>(16);
    private volatile String scriptedPathPart;
    /** When set, the next write is committed but its response arrives too late for the client. */
    volatile long delayNextWriteMillis;
    /** When set, the next write is committed and then the connection drops before any response byte. */
    volatile boolean dropNextWrite;
    private final AtomicLong ids = new AtomicLong(9000);

    /** The next request whose path contains {@code pathPart} gets this response instead of being handled. */
    void failNext(String pathPart, MockResponse response) {
        scriptedPathPart = pathPart;
        scripted.add(response);
    }

    int count(String type) {
        return objects.getOrDefault(type, Map.of()).size();
    }

    static MockResponse error(int code, String fixture) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(fixture(fixture)).build();
    }

    static String fixture(String name) {
        try (InputStream in = FakeHubSpot.class.getResourceAsStream("/crm/hubspot/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (scriptedPathPart != null && path.contains(scriptedPathPart) && !scripted.isEmpty()) {
            MockResponse r = scripted.poll();
            if (scripted.isEmpty()) {
                scriptedPathPart = null;
            }
            return r;
        }
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return error(401, "401-unauthorized.json");
        }
        String method = request.getMethod();
        JsonNode body = request.getBody() == null ? CrmJson.parse("{}") : CrmJson.parse(request.getBody().utf8());
        String[] seg = path.substring(1).split("/");
        if (method.equals("GET") && path.equals("/crm/v3/owners")) {
            return owners(request.getUrl().queryParameter("email"));
        }
        if (method.equals("POST") && path.equals("/crm/v3/objects/contacts/search")) {
            return contactSearch(body);
        }
        if (method.equals("POST") && path.equals("/crm/v3/objects/deals/search")) {
            return dealSearch(body);
        }
        if (seg.length == 7 && seg[1].equals("v4") && seg[5].equals("batch") && seg[6].equals("create")) {
            return associate(seg[3], seg[4], body);
        }
        if (seg.length == 6 && method.equals("POST") && seg[4].equals("batch") && seg[5].equals("upsert")) {
            return delayed(upsert(seg[3], body));
        }
        if (seg.length == 5 && method.equals("POST") && seg[4].equals("search")) {
            return objectSearch(seg[3], body);
        }
        if (seg.length == 5 && method.equals("PATCH")) {
            return delayed(update(seg[3], seg[4], body));
        }
        if (seg.length == 4 && method.equals("POST")) {
            return delayed(create(seg[3], body));
        }
        return new MockResponse.Builder().code(404).body("{\"status\":\"error\",\"message\":\"no route " + path
                + "\",\"category\":\"OBJECT_NOT_FOUND\",\"correlationId\":\"x\"}").build();
    }

    private MockResponse delayed(MockResponse response) {
        if (dropNextWrite) {
            dropNextWrite = false;
            return response.newBuilder().onResponseStart(new SocketEffect.CloseSocket()).build();
        }
        long delay = delayNextWriteMillis;
        if (delay <= 0) {
            return response;
        }
        delayNextWriteMillis = 0;
        return response.newBuilder().headersDelay(delay, TimeUnit.MILLISECONDS).build();
    }

    private MockResponse owners(String email) {
        ObjectNode res = CrmJson.object();
        ArrayNode results = res.putArray("results");
        String id = owners.get(email);
        if (id != null) {
            results.addObject().put("id", id).put("email", email).put("type", "PERSON")
                    .put("firstName", "Dana").put("lastName", "Reyes").put("userId", 7000).put("archived", false);
        }
        return json(200, res);
    }

    private MockResponse contactSearch(JsonNode body) {
        List<Map<String, String>> hits = new ArrayList<>();
        for (JsonNode group : body.path("filterGroups")) {
            JsonNode f = group.path("filters").path(0);
            if (!f.path("propertyName").asString().equals("email") || !f.path("operator").asString().equals("EQ")) {
                return json(400, CrmJson.object().put("status", "error").put("message", "unsupported filter"));
            }
            for (Map<String, String> c : contacts) {
                if (c.get("email").equalsIgnoreCase(f.path("value").asString()) && !hits.contains(c)) {
                    hits.add(c);
                }
            }
        }
        ObjectNode res = CrmJson.object();
        res.put("total", hits.size());
        ArrayNode results = res.putArray("results");
        for (Map<String, String> c : hits) {
            ObjectNode o = results.addObject();
            o.put("id", c.get("id"));
            ObjectNode p = o.putObject("properties");
            c.forEach(p::put);
            p.put("hs_object_id", c.get("id"));
            o.put("createdAt", "2026-01-05T10:00:00Z").put("updatedAt", "2026-10-01T10:00:00Z").put("archived", false);
        }
        return json(200, res);
    }

    private MockResponse dealSearch(JsonNode body) {
        List<Deal> hits = new ArrayList<>();
        for (JsonNode group : body.path("filterGroups")) {
            String contactId = null;
            Boolean closed = null;
            for (JsonNode f : group.path("filters")) {
                if (f.path("propertyName").asString().equals("associations.contact")) {
                    contactId = f.path("value").asString();
                } else if (f.path("propertyName").asString().equals("hs_is_closed")) {
                    closed = Boolean.valueOf(f.path("value").asString());
                }
            }
            for (Deal d : deals) {
                if (d.contactIds().contains(contactId) && (closed == null || d.closed() == closed)
                        && !hits.contains(d)) {
                    hits.add(d);
                }
            }
        }
        hits.sort(Comparator.comparingLong(Deal::lastModified).reversed());
        int limit = body.path("limit").asInt(10);
        ObjectNode res = CrmJson.object();
        res.put("total", hits.size());
        ArrayNode results = res.putArray("results");
        for (Deal d : hits.subList(0, Math.min(limit, hits.size()))) {
            results.addObject().put("id", d.id()).putObject("properties").put("dealname", "Deal " + d.id());
        }
        return json(200, res);
    }

    private MockResponse upsert(String type, JsonNode body) {
        JsonNode input = body.path("inputs").path(0);
        String idProperty = input.path("idProperty").asString();
        if (!uniqueOn.contains(type) || !idProperty.equals(uniqueProperty)) {
            // Batch upsert needs a property with unique values on the object.
            return json(400, CrmJson.object().put("status", "error").put("category", "VALIDATION_ERROR")
                    .put("correlationId", "c0ffee00-6666").put("message", "Property '" + idProperty
                            + "' is not a unique value property on " + type));
        }
        String key = input.path("id").asString();
        Map<String, Map<String, String>> store = objects.computeIfAbsent(type, t -> new LinkedHashMap<>());
        String id = store.entrySet().stream().filter(e -> key.equals(e.getValue().get(uniqueProperty)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        boolean isNew = id == null;
        if (isNew) {
            id = String.valueOf(ids.incrementAndGet());
            store.put(id, new LinkedHashMap<>());
        }
        Map<String, String> props = store.get(id);
        input.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue().asString()));
        props.put(uniqueProperty, key);
        ObjectNode res = CrmJson.object();
        res.put("status", "COMPLETE");
        ObjectNode r = res.putArray("results").addObject();
        r.put("id", id);
        ObjectNode p = r.putObject("properties");
        props.forEach(p::put);
        r.put("createdAt", "2026-11-03T15:00:00Z").put("updatedAt", "2026-11-03T15:00:00Z").put("archived", false);
        r.put("new", isNew);
        res.put("startedAt", "2026-11-03T15:00:00Z").put("completedAt", "2026-11-03T15:00:01Z");
        return json(200, res);
    }

    private MockResponse update(String type, String id, JsonNode body) {
        Map<String, String> props = objects.getOrDefault(type, Map.of()).get(id);
        if (props == null) {
            return json(404, CrmJson.object().put("status", "error").put("category", "OBJECT_NOT_FOUND")
                    .put("message", "resource not found").put("correlationId", "c0ffee00-7777"));
        }
        body.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue().asString()));
        return json(200, simpleObject(id, props));
    }

    private MockResponse objectSearch(String type, JsonNode body) {
        JsonNode f = body.path("filterGroups").path(0).path("filters").path(0);
        String prop = f.path("propertyName").asString();
        String value = f.path("value").asString();
        ObjectNode res = CrmJson.object();
        ArrayNode results = res.putArray("results");
        objects.getOrDefault(type, Map.of()).forEach((id, props) -> {
            if (value.equals(props.get(prop))) {
                results.add(simpleObject(id, props));
            }
        });
        res.put("total", results.size());
        return json(200, res);
    }

    private MockResponse create(String type, JsonNode body) {
        String id = String.valueOf(ids.incrementAndGet());
        Map<String, String> props = new LinkedHashMap<>();
        body.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue().asString()));
        objects.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, props);
        return json(201, simpleObject(id, props));
    }

    private MockResponse associate(String from, String to, JsonNode body) {
        ObjectNode res = CrmJson.object();
        res.put("status", "COMPLETE");
        ArrayNode results = res.putArray("results");
        for (JsonNode in : body.path("inputs")) {
            int typeId = in.path("types").path(0).path("associationTypeId").asInt();
            associations.add(from + "/" + in.path("from").path("id").asString() + "->" + to + "/"
                    + in.path("to").path("id").asString() + ":" + typeId);
            results.addObject().put("fromObjectTypeId", from).put("fromObjectId", in.path("from").path("id").asString())
                    .put("toObjectTypeId", to).put("toObjectId", in.path("to").path("id").asString())
                    .putArray("labels");
        }
        return json(201, res);
    }

    private static ObjectNode simpleObject(String id, Map<String, String> props) {
        ObjectNode o = CrmJson.object();
        o.put("id", id);
        ObjectNode p = o.putObject("properties");
        props.forEach(p::put);
        o.put("createdAt", "2026-11-03T15:00:00Z").put("updatedAt", "2026-11-03T15:00:00Z").put("archived", false);
        return o;
    }

    private static MockResponse json(int code, JsonNode body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(CrmJson.write(body)).build();
    }
}
