package dev.followthrough.crm.salesforce;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.followthrough.crm.http.CrmJson;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny in-memory Salesforce org behind MockWebServer: Contacts, Opportunities, Users and Tasks, the three SOQL
 * queries the gateway sends, and Task upsert by External ID with the documented answers (201 created, 200
 * {@code created:false} or 204 on a match, GET by external id). Enough state to see a duplicate if one is made.
 */
final class FakeSalesforce extends Dispatcher {

    static final String TOKEN = "00D5e000000TEST!AQ4AQSecretSessionTokenValue";
    static final String BASE = "/services/data/v62.0";
    static final String EXT = "Followthrough_Id__c";
    static final String CLIENT_ID = "3MVG9test.consumer.key";
    static final String CLIENT_SECRET = "C0nsumerSecretForTests";

    record Contact(String id, String accountId, String email, long lastModified) {
    }

    record Opportunity(String id, String accountId, boolean closed, long lastModified) {
    }

    final List<Contact> contacts = new ArrayList<>();
    final List<Opportunity> opportunities = new ArrayList<>();
    final Map<String, String> activeUsers = new LinkedHashMap<>();
    final Map<String, Map<String, String>> tasks = new LinkedHashMap<>();
    /** Sessions Salesforce accepts right now: the fixed test token and whatever the token endpoint issued. */
    final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicLong issued = new AtomicLong();
    /** Older API versions answer an upsert that matched with 204 and no body. */
    volatile boolean answerMatchWith204;
    volatile long delayNextWriteMillis;

    private final BlockingQueue<MockResponse> scripted = new ArrayBlockingQueue<>(16);
    private volatile String scriptedPathPart;
    private final AtomicLong ids = new AtomicLong(100);

    FakeSalesforce() {
        sessions.add(TOKEN);
    }

    /** Every session expires, as after the org's session timeout. */
    void expireSessions() {
        sessions.clear();
    }

    void failNext(String pathPart, MockResponse response) {
        scriptedPathPart = pathPart;
        scripted.add(response);
    }

    static MockResponse error(int code, String fixture) {
        try (InputStream in = FakeSalesforce.class.getResourceAsStream("/crm/salesforce/" + fixture)) {
            return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + fixture, e);
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
        String method = request.getMethod();
        if (method.equals("POST") && path.equals("/services/oauth2/token")) {
            return token(request.getBody().utf8());
        }
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !sessions.contains(auth.substring(7))) {
            return error(401, "401-invalid-session.json");
        }
        if (method.equals("GET") && path.equals(BASE + "/query")) {
            return query(request.getUrl().queryParameter("q"));
        }
        List<String> seg = request.getUrl().pathSegments();
        String taskPrefix = BASE + "/sobjects/Task/";
        if (!path.startsWith(taskPrefix)) {
            return notFound();
        }
        JsonNode body = request.getBody() == null ? CrmJson.parse("{}") : CrmJson.parse(request.getBody().utf8());
        // services / data / v62.0 / sobjects / Task / {ExternalIdField} / {value}   or   .../ Task / {Id}
        if (seg.size() == 7 && seg.get(5).equals(EXT)) {
            String key = seg.get(6);
            if (method.equals("PATCH")) {
                return delayed(upsert(key, body));
            }
            if (method.equals("GET")) {
                String id = idFor(key);
                return id == null ? notFound() : json(200, CrmJson.object().put("Id", id));
            }
        }
        if (seg.size() == 6 && method.equals("PATCH")) {
            Map<String, String> task = tasks.get(seg.get(5));
            if (task == null) {
                return notFound();
            }
            body.properties().forEach(e -> task.put(e.getKey(), e.getValue().asString()));
            return delayed(new MockResponse.Builder().code(204).build());
        }
        return notFound();
    }

    /** Client-credentials grant: form body in, {@code access_token} and {@code instance_url} out. */
    private MockResponse token(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        if (!"client_credentials".equals(params.get("grant_type")) || !CLIENT_ID.equals(params.get("client_id"))
                || !CLIENT_SECRET.equals(params.get("client_secret"))) {
            return json(400, CrmJson.object().put("error", "invalid_client")
                    .put("error_description", "invalid client credentials"));
        }
        String token = "00D5e000000TEST!issued-" + issued.incrementAndGet();
        sessions.add(token);
        return json(200, CrmJson.object().put("access_token", token).put("signature", "c2lnbmF0dXJl")
                .put("scope", "api").put("instance_url", "https://acme.my.salesforce.example")
                .put("id", "https://login.salesforce.example/id/00D/005").put("token_type", "Bearer")
                .put("issued_at", "1793821800000"));
    }

    String idFor(String externalId) {
        return tasks.entrySet().stream().filter(e -> externalId.equals(e.getValue().get(EXT)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private MockResponse upsert(String key, JsonNode body) {
        if (body.has(EXT) || body.has("Id")) {
            return json(400, CrmJson.parse("[{\"message\":\"Id or external id not allowed in the body\","
                    + "\"errorCode\":\"INVALID_FIELD\"}]"));
        }
        String id = idFor(key);
        boolean created = id == null;
        if (created) {
            id = "00T5e0000" + ids.incrementAndGet() + "EAA";
            Map<String, String> task = new LinkedHashMap<>();
            task.put(EXT, key);
            tasks.put(id, task);
        }
        Map<String, String> task = tasks.get(id);
        body.properties().forEach(e -> task.put(e.getKey(), e.getValue().asString()));
        if (!created && answerMatchWith204) {
            return new MockResponse.Builder().code(204).build();
        }
        ObjectNode res = CrmJson.object().put("id", id).put("success", true);
        res.putArray("errors");
        res.put("created", created);
        return json(created ? 201 : 200, res);
    }

    private MockResponse delayed(MockResponse response) {
        long delay = delayNextWriteMillis;
        if (delay <= 0) {
            return response;
        }
        delayNextWriteMillis = 0;
        return response.newBuilder().headersDelay(delay, TimeUnit.MILLISECONDS).build();
    }

    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    static List<String> literals(String soql) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(soql);
        while (m.find()) {
            out.add(m.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return out;
    }

    private MockResponse query(String soql) {
        List<String> values = literals(soql);
        ObjectNode res = CrmJson.object();
        ArrayNode records = CrmJson.object().putArray("r");
        if (soql.startsWith("SELECT Id, AccountId, Email FROM Contact WHERE Email IN (")) {
            contacts.stream().filter(c -> values.stream().anyMatch(v -> v.equalsIgnoreCase(c.email())))
                    .sorted(Comparator.comparingLong(Contact::lastModified).reversed())
                    .forEach(c -> {
                        ObjectNode r = records.addObject();
                        r.putObject("attributes").put("type", "Contact")
                                .put("url", BASE + "/sobjects/Contact/" + c.id());
                        r.put("Id", c.id()).put("AccountId", c.accountId()).put("Email", c.email());
                    });
        } else if (soql.startsWith("SELECT Id FROM Opportunity WHERE AccountId = ")
                && soql.contains("IsClosed = false") && soql.endsWith("LIMIT 1")) {
            opportunities.stream().filter(o -> o.accountId().equals(values.get(0)) && !o.closed())
                    .sorted(Comparator.comparingLong(Opportunity::lastModified).reversed()).limit(1)
                    .forEach(o -> {
                        ObjectNode r = records.addObject();
                        r.putObject("attributes").put("type", "Opportunity");
                        r.put("Id", o.id());
                    });
        } else if (soql.startsWith("SELECT Id FROM User WHERE Email = ") && soql.contains("IsActive = true")) {
            String id = activeUsers.get(values.get(0));
            if (id != null) {
                ObjectNode r = records.addObject();
                r.putObject("attributes").put("type", "User");
                r.put("Id", id);
            }
        } else {
            return json(400, CrmJson.parse("[{\"message\":\"unexpected query\",\"errorCode\":\"MALFORMED_QUERY\"}]"));
        }
        res.put("totalSize", records.size()).put("done", true);
        res.set("records", records);
        return json(200, res);
    }

    private static MockResponse notFound() {
        return json(404, CrmJson.parse("[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not"
                + " exist\"}]"));
    }

    private static MockResponse json(int code, JsonNode body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(CrmJson.write(body)).build();
    }
}
