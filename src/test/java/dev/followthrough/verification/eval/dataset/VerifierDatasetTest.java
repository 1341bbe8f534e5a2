package dev.followthrough.verification.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.Participant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the shape of the labelled set, so a broken edit cannot silently weaken the evaluation. */
class VerifierDatasetTest {

    static final List<String> KINDS = List.of("number", "date", "name", "negation", "commitment", "meeting");
    private static final Pattern TEXT_LINE = Pattern.compile("^\\[(\\d\\d):(\\d\\d):(\\d\\d)] ([^:]+): (.+)$");

    private final List<VerifierCase> cases = VerifierDataset.load();

    @Test
    void sizeAndBalance() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases.stream().filter(c -> !c.planted()).count()).isGreaterThanOrEqualTo(30);
        Map<String, Long> perKind = cases.stream().filter(VerifierCase::planted)
                .collect(Collectors.groupingBy(VerifierCase::kind, Collectors.counting()));
        assertThat(perKind.keySet()).containsExactlyInAnyOrderElementsOf(KINDS);
        perKind.forEach((kind, n) -> assertThat(n).as("planted %s cases", kind).isGreaterThanOrEqualTo(10));
        assertThat(cases.stream().map(VerifierCase::callId).distinct().count()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void everyCaseIsComplete() {
        Set<String> ids = new HashSet<>();
        for (VerifierCase c : cases) {
            assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
            assertThat(c.label()).as(c.id()).isIn("faithful", "paraphrase", "planted");
            assertThat(c.meetingDate()).as(c.id()).isAfter(LocalDate.of(2020, 1, 1));
            assertThat(c.repName()).as(c.id()).isNotBlank();
            assertThat(c.repEmail()).as(c.id()).endsWith(".example");
            assertThat(c.callContext().isRep(c.repName())).as(c.id()).isTrue();
            assertThat(c.customer()).as(c.id()).isNotBlank();
            assertThat(c.attendees()).as(c.id()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.email()).endsWith(".example"));
            assertThat(c.subject()).as(c.id()).isNotBlank();
            assertThat(c.why()).as(c.id()).isNotBlank();
            int words = c.body().strip().split("\\s+").length;
            assertThat(words).as("words in %s", c.id()).isBetween(60, 200);
            assertThat(c.transcriptText()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void plantedCasesNameTheirErrorVerbatim() {
        for (VerifierCase c : cases) {
            if (c.planted()) {
                assertThat(c.kind()).as(c.id()).isIn(KINDS);
                assertThat(c.plantedClaim()).as(c.id()).isNotBlank();
                assertThat(c.body()).as(c.id()).contains(c.plantedClaim());
            } else {
                assertThat(c.kind()).as(c.id()).isNull();
                assertThat(c.plantedClaim()).as(c.id()).isNull();
            }
        }
    }

    @Test
    void transcriptsAreReadableCallsOfRealisticLength() {
        Map<String, VerifierCase> byCall = cases.stream()
                .collect(Collectors.toMap(VerifierCase::callId, Function.identity(), (a, b) -> a));
        for (VerifierCase c : byCall.values()) {
            String text = c.transcriptText();
            Set<String> speakers = new HashSet<>();
            int turns;
            if (c.transcriptFileName().endsWith(".json")) {
                JsonNode array = readJson(text);
                assertThat(array.isArray()).as(c.callId()).isTrue();
                for (JsonNode turn : array) {
                    assertThat(turn.path("start").isNumber() && turn.path("end").isNumber()).as(c.callId()).isTrue();
                    assertThat(turn.path("end").asDouble()).as(c.callId()).isGreaterThan(turn.path("start").asDouble());
                    assertThat(turn.path("text").asText()).as(c.callId()).isNotBlank();
                    speakers.add(turn.path("speaker").asText());
                }
                turns = array.size();
            } else {
                List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
                assertThat(lines).as(c.callId()).allMatch(l -> TEXT_LINE.matcher(l).matches());
                turns = lines.size();
                lines.forEach(l -> speakers.add(speaker(l)));
            }
            assertThat(turns).as("turns in %s", c.callId()).isBetween(15, 40);
            assertThat(speakers).as("speakers of %s", c.callId()).contains(c.repName())
                    .containsAll(c.attendees().stream().map(VerifierCase.Attendee::name).toList());
        }
    }

    @Test
    void eachCallHasCleanAndPlantedDrafts() {
        Map<String, List<VerifierCase>> byCall = cases.stream().collect(Collectors.groupingBy(VerifierCase::callId));
        byCall.forEach((call, list) -> {
            assertThat(list).as(call).anyMatch(c -> "faithful".equals(c.label()));
            assertThat(list).as(call).anyMatch(VerifierCase::planted);
            assertThat(list.stream().map(VerifierCase::meetingDate).distinct()).as(call).hasSize(1);
        });
    }

    @Test
    void colleaguesOfTheRepAreOnTheRepSide() {
        VerifierCase multiParty = cases.stream()
                .filter(c -> c.attendees().stream().anyMatch(a -> a.email().endsWith(domainOf(c.repEmail()))))
                .findFirst().orElseThrow();
        for (Participant p : multiParty.callContext().participants()) {
            Participant.Role expected = p.email().endsWith(domainOf(multiParty.repEmail()))
                    ? Participant.Role.REP : Participant.Role.CUSTOMER;
            assertThat(p.role()).as(p.name()).isEqualTo(expected);
        }
    }

    private static String domainOf(String email) {
        return email.substring(email.indexOf('@'));
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String speaker(String line) {
        Matcher m = TEXT_LINE.matcher(line);
        return m.matches() ? m.group(4) : "";
    }
}
