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
 * Shape of the second unseen set (src/test/resources/verification/unseen2). The set is only worth a figure if
 * its labels can be trusted mechanically: a planted claim that is not in its body, or an attendee who never
 * speaks, would make the measurement score something other than what the case says.
 */
class Unseen2SetShapeTest {

    private static final String ROOT = "/verification/unseen2/";
    private static final Pattern TURN = Pattern.compile("^\\[(\\d\\d):(\\d\\d):(\\d\\d)] ([^:\\]]+): (\\S.*)$");
    private static final Set<String> KINDS = Set.of("number", "date", "name", "negation", "commitment", "meeting");
    private static final Set<String> CLEAN = Set.of("faithful", "paraphrase");
    private static final List<String> FIELDS = List.of("id", "call", "meetingDate", "repName", "repEmail", "customer",
            "attendees", "label", "kind", "plantedClaim", "why", "subject", "body", "part");

    private static List<JsonNode> cases;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Unseen2SetShapeTest.class.getResourceAsStream(ROOT + "manifest.json")) {
            assertThat(in).as("manifest.json").isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
        }
    }

    /** Speakers of a call, after checking that every line is a turn and the clock never runs backwards. */
    private static Set<String> speakers(String call) throws IOException {
        try (InputStream in = Unseen2SetShapeTest.class.getResourceAsStream(ROOT + "calls/" + call + ".txt")) {
            assertThat(in).as("call file %s", call).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertThat(lines.length).as("turns in %s", call).isBetween(18, 35);
            Set<String> speakers = new HashSet<>();
            int last = -1;
            for (String line : lines) {
                Matcher m = TURN.matcher(line);
                assertThat(m.matches()).as("%s line is a turn: %s", call, line).isTrue();
                int t = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                        + Integer.parseInt(m.group(3));
                assertThat(t).as("%s timestamps increase at %s", call, line).isGreaterThan(last);
                last = t;
                speakers.add(m.group(4));
            }
            assertThat(speakers.size()).as("speakers in %s", call).isBetween(2, 5);
            return speakers;
        }
    }

    @Test
    void everyCallExistsAndEveryAttendeeSpeaks() throws IOException {
        Map<String, Set<String>> byCall = new HashMap<>();
        for (JsonNode c : cases) {
            String call = c.get("call").asText();
            if (!byCall.containsKey(call)) {
                byCall.put(call, speakers(call));
            }
            Set<String> speakers = byCall.get(call);
            assertThat(speakers).as("rep of %s speaks", c.get("id").asText()).contains(c.get("repName").asText());
            for (JsonNode a : c.get("attendees")) {
                assertThat(speakers).as("attendee of %s speaks", c.get("id").asText()).contains(a.get("name").asText());
                assertThat(a.get("email").asText()).endsWith(".example");
            }
            assertThat(c.get("repEmail").asText()).endsWith(".example");
        }
        assertThat(byCall).hasSize(8);
    }

    @Test
    void everyCaseHasItsFieldsAndALabelThatFitsItsClaim() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : cases) {
            String id = c.path("id").asText();
            for (String field : FIELDS) {
                assertThat(c.has(field)).as("%s has %s", id, field).isTrue();
            }
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
            assertThat(c.get("part").asText()).isEqualTo("final");
            assertThat(c.get("meetingDate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(c.get("body").asText()).isNotBlank();
            assertThat(c.get("why").asText()).isNotBlank();
            String label = c.get("label").asText();
            if (label.equals("planted")) {
                assertThat(KINDS).as("kind of %s", id).contains(c.get("kind").asText());
                String claim = c.get("plantedClaim").asText();
                assertThat(claim).as("claim of %s", id).isNotBlank();
                assertThat(c.get("body").asText()).as("claim of %s is in its body", id).contains(claim);
            } else {
                assertThat(CLEAN).as("label of %s", id).contains(label);
                assertThat(c.get("kind").isNull()).as("clean %s has no kind", id).isTrue();
                assertThat(c.get("plantedClaim").isNull()).as("clean %s has no claim", id).isTrue();
            }
        }
    }

    @Test
    void theSetIsLargeEnoughToGiveAFigure() {
        Map<String, Integer> perKind = new HashMap<>();
        int clean = 0;
        for (JsonNode c : cases) {
            if (c.get("label").asText().equals("planted")) {
                perKind.merge(c.get("kind").asText(), 1, Integer::sum);
            } else {
                clean++;
            }
        }
        assertThat(cases.size()).isGreaterThanOrEqualTo(64);
        assertThat(clean).isGreaterThanOrEqualTo(20);
        for (String kind : KINDS) {
            assertThat(perKind.getOrDefault(kind, 0)).as("cases of kind %s", kind).isGreaterThanOrEqualTo(8);
        }
    }
}
