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
 * Shape of the "unseen" verifier set (src/test/resources/verification/unseen): written by a helper that never read
 * the verifier, so its figures stand for drafts nobody tuned on. This test only checks that the data is well formed;
 * a malformed case would silently distort the measurement.
 */
class UnseenSetShapeTest {

    private static final String ROOT = "/verification/unseen/";
    private static final Pattern TURN = Pattern.compile("\\[(\\d\\d):([0-5]\\d):([0-5]\\d)] ([^:\\[\\]]+): (\\S.*)");
    private static final Set<String> KINDS = Set.of("number", "date", "name", "negation", "commitment", "meeting");
    private static final Set<String> CLEAN_LABELS = Set.of("faithful", "paraphrase");
    private static final List<String> FIELDS = List.of("id", "call", "meetingDate", "repName", "repEmail", "customer",
            "attendees", "label", "kind", "plantedClaim", "why", "subject", "body", "part");

    private static List<JsonNode> cases;
    private static final Map<String, Set<String>> speakersByCall = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = UnseenSetShapeTest.class.getResourceAsStream(ROOT + "manifest.json")) {
            assertThat(in).as("manifest.json").isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
        }
    }

    private static Set<String> speakers(String call) {
        return speakersByCall.computeIfAbsent(call, c -> {
            try (InputStream in = UnseenSetShapeTest.class.getResourceAsStream(ROOT + "calls/" + c + ".txt")) {
                assertThat(in).as("call file %s.txt", c).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Set<String> names = new HashSet<>();
                int previous = -1;
                for (String line : text.split("\n")) {
                    Matcher m = TURN.matcher(line);
                    assertThat(m.matches()).as("%s: turn format of [%s]", c, line).isTrue();
                    int seconds = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                            + Integer.parseInt(m.group(3));
                    // timestamps go forward, as a recorder writes them
                    assertThat(seconds).as("%s: time of [%s]", c, line).isGreaterThan(previous);
                    previous = seconds;
                    names.add(m.group(4));
                }
                return names;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyCaseHasEveryField() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : cases) {
            for (String field : FIELDS) {
                assertThat(c.has(field)).as("%s has %s", c.path("id").asText(), field).isTrue();
            }
            assertThat(ids.add(c.get("id").asText())).as("unique id %s", c.get("id").asText()).isTrue();
            assertThat(c.get("part").asText()).isIn("tune", "final");
            assertThat(c.get("meetingDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(c.get("subject").asText()).isNotBlank();
            assertThat(c.get("body").asText()).isNotBlank();
            assertThat(c.get("why").asText()).isNotBlank();
            assertThat(c.get("repEmail").asText()).endsWith(".example");
        }
    }

    @Test
    void callFilesExistAndEveryPersonSpeaks() {
        for (JsonNode c : cases) {
            Set<String> speakers = speakers(c.get("call").asText());
            assertThat(speakers).as("%s speakers", c.get("call").asText()).hasSizeBetween(2, 5);
            assertThat(speakers).as("%s: the rep speaks", c.get("id").asText()).contains(c.get("repName").asText());
            assertThat(c.get("attendees").isArray() && !c.get("attendees").isEmpty()).isTrue();
            for (JsonNode a : c.get("attendees")) {
                assertThat(speakers).as("%s: attendee speaks", c.get("id").asText()).contains(a.get("name").asText());
                assertThat(a.get("email").asText()).endsWith(".example");
            }
        }
    }

    @Test
    void plantedCasesCarryOneKindAndAVerbatimClaim() {
        for (JsonNode c : cases) {
            String id = c.get("id").asText();
            String label = c.get("label").asText();
            if (label.equals("planted")) {
                assertThat(KINDS).as("%s kind", id).contains(c.get("kind").asText());
                String claim = c.get("plantedClaim").asText();
                assertThat(claim).as("%s claim", id).isNotBlank();
                assertThat(c.get("body").asText()).as("%s body holds the claim", id).contains(claim);
            } else {
                assertThat(CLEAN_LABELS).as("%s label", id).contains(label);
                assertThat(c.get("kind").isNull()).as("%s kind is null", id).isTrue();
                assertThat(c.get("plantedClaim").isNull()).as("%s plantedClaim is null", id).isTrue();
            }
        }
    }

    @Test
    void theSetIsLargeEnoughToMeasure() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        long clean = cases.stream().filter(c -> CLEAN_LABELS.contains(c.get("label").asText())).count();
        assertThat(clean).isGreaterThanOrEqualTo(25);
        Map<String, Integer> perKind = new HashMap<>();
        cases.stream().filter(c -> c.get("label").asText().equals("planted"))
                .forEach(c -> perKind.merge(c.get("kind").asText(), 1, Integer::sum));
        for (String kind : KINDS) {
            assertThat(perKind.getOrDefault(kind, 0)).as("cases of kind %s", kind).isGreaterThanOrEqualTo(10);
        }
    }
}
