package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape of the three sets written by sessions that never saw the verifier (verification/unseen, unseen2,
 * unseen3; READMEs there). A set is only worth a figure if its labels hold mechanically: a planted claim that is not
 * in its body, or an attendee who never speaks, would make the measurement score something other than the case says.
 */
class IndependentSetsShapeTest {

    private static final Pattern TURN = Pattern.compile("^\\[(\\d{2}):([0-5]\\d):([0-5]\\d)] ([^:\\[\\]]+): (\\S.*)$");
    private static final Set<String> KINDS = Set.of("number", "date", "name", "negation", "commitment", "meeting");
    private static final List<String> FIELDS = List.of("id", "call", "part", "meetingDate", "repName", "repEmail",
            "customer", "attendees", "label", "kind", "plantedClaim", "why", "subject", "body");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"unseen, 80, 25, 10", "unseen2, 64, 20, 8", "unseen3, 48, 15, 6", "unseen4, 70, 20, 8", "unseen5, 70, 20, 8",
        "unseen6, 70, 20, 8", "unseen7, 70, 20, 8", "unseen8, 70, 20, 8", "unseen9, 70, 20, 8", "unseen10, 70, 20, 8",
        "unseen11, 70, 20, 8"})
    void labelsHoldMechanically(String set, int minCases, int minClean, int minPerKind) throws IOException {
        String root = "/verification/" + set + "/";
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream(root + "manifest.json")) {
            assertThat(in).as("%s manifest", set).isNotNull();
            cases = new ObjectMapper().readTree(in).path("cases");
        }
        Map<String, Set<String>> speakers = new HashMap<>();
        Map<String, Integer> perKind = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int clean = 0;
        for (JsonNode c : cases) {
            String id = c.path("id").asText();
            FIELDS.forEach(f -> assertThat(c.has(f)).as("%s has %s", id, f).isTrue());
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
            assertThat(c.path("part").asText()).as("%s part", id).isIn("tune", "final");
            String body = c.path("body").asText();
            if ("planted".equals(c.path("label").asText())) {
                assertThat(c.path("kind").asText()).as("%s kind", id).isIn(KINDS);
                assertThat(body).as("%s carries its planted claim verbatim", id).contains(c.path("plantedClaim").asText());
                perKind.merge(c.path("kind").asText(), 1, Integer::sum);
            } else {
                assertThat(c.path("label").asText()).as("%s label", id).isIn("faithful", "paraphrase");
                assertThat(c.path("kind").isNull() && c.path("plantedClaim").isNull()).as("%s has no plant", id).isTrue();
                clean++;
            }
            Set<String> said = speakers.computeIfAbsent(c.path("call").asText(), call -> speakers(root, call));
            assertThat(said).as("%s: the rep speaks", id).contains(c.path("repName").asText());
            for (JsonNode a : c.path("attendees")) {
                assertThat(said).as("%s: attendee speaks", id).contains(a.path("name").asText());
                assertThat(a.path("email").asText()).as("%s: fictional domain", id).endsWith(".example");
            }
        }
        assertThat(cases.size()).as("%s cases", set).isGreaterThanOrEqualTo(minCases);
        assertThat(clean).as("%s clean cases", set).isGreaterThanOrEqualTo(minClean);
        KINDS.forEach(k -> assertThat(perKind.getOrDefault(k, 0)).as("%s %s cases", set, k).isGreaterThanOrEqualTo(minPerKind));
    }

    /** The speakers of a call, after checking that every line is a turn and the clock never runs backwards. */
    private static Set<String> speakers(String root, String call) {
        try (InputStream in = IndependentSetsShapeTest.class.getResourceAsStream(root + "calls/" + call + ".txt")) {
            assertThat(in).as("call file %s", call).isNotNull();
            Set<String> out = new HashSet<>();
            int last = -1;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                Matcher m = TURN.matcher(line);
                assertThat(m.matches()).as("%s line is a turn: %s", call, line).isTrue();
                int t = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
                assertThat(t).as("%s: timestamps increase at %s", call, line).isGreaterThan(last);
                last = t;
                out.add(m.group(4));
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
