package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shape checks for the third held-out verifier set (src/test/resources/verification/unseen3). It measures
 * nothing about the verifier; it only guards the data so that a typo in the manifest cannot silently turn a
 * planted case into an unmeasurable one.
 */
class Unseen3SetShapeTest {

    private static final String ROOT = "/verification/unseen3/";
    private static final Pattern TURN = Pattern.compile("^\\[(\\d{2}):([0-5]\\d):([0-5]\\d)\\] ([^:\\[\\]]+): (.+)$");
    private static final Set<String> KINDS = Set.of("number", "date", "name", "negation", "commitment", "meeting");
    private static final Set<String> CLEAN = Set.of("faithful", "paraphrase");
    private static final List<String> FIELDS = List.of("id", "call", "meetingDate", "repName", "repEmail", "customer",
            "attendees", "label", "kind", "plantedClaim", "why", "subject", "body", "part");

    private static List<JsonNode> cases;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Unseen3SetShapeTest.class.getResourceAsStream(ROOT + "manifest.json")) {
            assertThat(in).as("manifest.json on the test classpath").isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
        }
    }

    private static List<String> lines(String call) throws IOException {
        try (InputStream in = Unseen3SetShapeTest.class.getResourceAsStream(ROOT + "calls/" + call + ".txt")) {
            assertThat(in).as("call file %s.txt", call).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void everyCallFileExistsAndEveryLineIsATurn() throws IOException {
        Set<String> calls = new HashSet<>();
        cases.forEach(c -> calls.add(c.get("call").asText()));
        for (String call : calls) {
            List<String> turns = lines(call);
            assertThat(turns).as("turns in %s", call).hasSizeBetween(18, 35);
            for (String line : turns) {
                assertThat(TURN.matcher(line).matches()).as("%s: %s", call, line).isTrue();
            }
        }
    }

    @Test
    void everyCaseHasAllFieldsAndIsPartFinal() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : cases) {
            for (String field : FIELDS) {
                assertThat(c.has(field)).as("%s has %s", c.path("id").asText(), field).isTrue();
            }
            assertThat(ids.add(c.get("id").asText())).as("unique id %s", c.get("id").asText()).isTrue();
            assertThat(c.get("part").asText()).isEqualTo("final");
            assertThat(c.get("meetingDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(c.get("repEmail").asText()).endsWith(".example");
            c.get("attendees").forEach(a -> assertThat(a.get("email").asText()).endsWith(".example"));
            assertThat(c.get("body").asText()).isNotBlank();
            assertThat(c.get("why").asText()).isNotBlank();
        }
    }

    @Test
    void plantedCasesNameAKindAndAVerbatimClaimAndCleanCasesNone() {
        for (JsonNode c : cases) {
            String id = c.get("id").asText();
            String label = c.get("label").asText();
            if (label.equals("planted")) {
                assertThat(KINDS).as("kind of %s", id).contains(c.get("kind").asText());
                String claim = c.get("plantedClaim").asText();
                assertThat(claim).as("claim of %s", id).isNotBlank();
                assertThat(c.get("body").asText()).as("body of %s", id).contains(claim);
            } else {
                assertThat(CLEAN).as("label of %s", id).contains(label);
                assertThat(c.get("kind").isNull()).as("kind of %s", id).isTrue();
                assertThat(c.get("plantedClaim").isNull()).as("plantedClaim of %s", id).isTrue();
            }
        }
    }

    @Test
    void setIsBigEnough() {
        Map<String, Integer> perKind = new HashMap<>();
        int clean = 0;
        for (JsonNode c : cases) {
            if (c.get("label").asText().equals("planted")) {
                perKind.merge(c.get("kind").asText(), 1, Integer::sum);
            } else {
                clean++;
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(48);
        assertThat(clean).isGreaterThanOrEqualTo(15);
        for (String kind : KINDS) {
            assertThat(perKind.getOrDefault(kind, 0)).as("cases of kind %s", kind).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void everyAttendeeAndTheRepSpeakInTheCall() throws IOException {
        Map<String, Set<String>> speakers = new HashMap<>();
        for (JsonNode c : cases) {
            String call = c.get("call").asText();
            if (!speakers.containsKey(call)) {
                Set<String> names = new HashSet<>();
                for (String line : lines(call)) {
                    Matcher m = TURN.matcher(line);
                    if (m.matches()) {
                        names.add(m.group(4).trim());
                    }
                }
                speakers.put(call, names);
            }
            Set<String> names = speakers.get(call);
            assertThat(names).as("rep speaks in %s", call).contains(c.get("repName").asText());
            c.get("attendees").forEach(a -> assertThat(names).as("attendee speaks in %s", call).contains(a.get("name").asText()));
        }
    }
}
