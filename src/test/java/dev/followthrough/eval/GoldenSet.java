package dev.followthrough.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the golden calls (schema in {@code src/test/resources/eval/golden/README.md}): per call the transcript, the
 * sidecar and the expected answers.
 */
final class GoldenSet {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of(".vtt", ".srt", ".txt", ".json");

    record Attendee(String name, String email) {
    }

    record Meta(LocalDate meetingDate, String repEmail, String repName, String title, String customer,
                List<Attendee> attendees) {
    }

    record ExpectedItem(String owner, List<String> taskKeywords, LocalDate dueDate, List<String> utterances) {
    }

    record Trap(String kind, String note, List<String> forbidden, List<String> utterances) {
    }

    record Call(String id, Path transcript, Meta meta, List<ExpectedItem> items, List<String> mustMention,
                List<Trap> traps) {

        List<String> forbidden() {
            return traps.stream().flatMap(t -> t.forbidden().stream()).toList();
        }

        List<String> trapUtterances() {
            return traps.stream().flatMap(t -> t.utterances().stream()).toList();
        }

        boolean hasInjection() {
            return traps.stream().anyMatch(t -> "injection".equals(t.kind()));
        }
    }

    private GoldenSet() {
    }

    static List<Call> load(Path dir) throws IOException {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path expected : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
                String id = expected.getFileName().toString().replace(".expected.json", "");
                calls.add(call(dir, id, expected));
            }
        }
        return List.copyOf(calls);
    }

    private static Call call(Path dir, String id, Path expectedFile) throws IOException {
        Path transcript = FORMATS.stream().map(ext -> dir.resolve(id + ext)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("no transcript for golden call " + id));
        JsonNode m = JSON.readTree(dir.resolve(id + ".meta.json").toFile());
        List<Attendee> attendees = new ArrayList<>();
        m.path("attendees").forEach(a -> attendees.add(new Attendee(text(a, "name"), text(a, "email"))));
        Meta meta = new Meta(LocalDate.parse(text(m, "meetingDate")), text(m, "rep"), text(m, "repName"),
                text(m, "title"), text(m, "customer"), attendees);
        JsonNode e = JSON.readTree(expectedFile.toFile());
        List<ExpectedItem> items = new ArrayList<>();
        for (JsonNode i : e.path("actionItems")) {
            String due = text(i, "dueDate");
            items.add(new ExpectedItem(text(i, "owner"), strings(i.path("taskKeywords")),
                    due == null ? null : LocalDate.parse(due), strings(i.path("utterances"))));
        }
        List<Trap> traps = new ArrayList<>();
        for (JsonNode t : e.path("traps")) {
            traps.add(new Trap(text(t, "kind"), text(t, "note"), strings(t.path("forbidden")),
                    strings(t.path("utterances"))));
        }
        return new Call(id, transcript, meta, items, strings(e.path("mustMention")), traps);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
