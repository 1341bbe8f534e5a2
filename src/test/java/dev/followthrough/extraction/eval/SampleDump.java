package dev.followthrough.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import dev.followthrough.text.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what the offline extractor finds on the shipped sample calls, for reading (not a test):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.followthrough.extraction.eval.SampleDump [dir]}.
 */
public final class SampleDump {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleDump() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-transcripts");
        JsonNode reps = JSON.readTree(dir.resolve("reps.json").toFile());
        DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(new Embedder());
        long total = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(vtt|srt|txt|json)$") && !p.toString().endsWith(".meta.json")
                    && !p.getFileName().toString().equals("reps.json") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        for (Path f : files) {
            Transcript t = parser.parse(Files.readAllBytes(f), f.getFileName().toString(), null).transcript();
            Path meta = Path.of(f.toString().replaceFirst("\\.[a-z]+$", ".meta.json"));
            CallContext ctx = context(meta, reps);
            ExtractionResult r = extractor.extract(t, ctx);
            total += r.usage().latencyMs();
            System.out.println("== " + f.getFileName() + " (" + r.usage().latencyMs() + " ms)");
            for (ActionItem it : r.items()) {
                System.out.println("  " + it.owner() + " | " + it.task() + " | " + it.dueDate() + " (" + it.dueText() + ")");
                it.evidence().forEach(e -> System.out.println("        " + e.utteranceId() + " " + e.speaker() + ": " + e.quote()));
            }
        }
        System.out.println("total extract ms=" + total);
    }

    private static CallContext context(Path meta, JsonNode reps) throws Exception {
        if (!Files.exists(meta)) {
            return new CallContext(null, null, null, List.of(), List.of(), null, null);
        }
        JsonNode m = JSON.readTree(meta.toFile());
        String repEmail = m.path("rep").asText(null);
        String repName = null;
        List<String> aliases = new ArrayList<>();
        for (JsonNode r : reps) {
            if (r.path("email").asText().equals(repEmail)) {
                repName = r.path("name").asText();
                r.path("aliases").forEach(a -> aliases.add(a.asText()));
            }
        }
        List<Participant> ps = new ArrayList<>();
        if (repName != null) {
            ps.add(new Participant(repName, repEmail, Participant.Role.REP));
        }
        for (JsonNode a : m.path("attendees")) {
            ps.add(new Participant(a.path("name").asText(), a.path("email").asText(null), Participant.Role.CUSTOMER));
        }
        LocalDate date = m.hasNonNull("meetingDate") ? LocalDate.parse(m.get("meetingDate").asText()) : null;
        return new CallContext(date, repName, repEmail, aliases, ps, m.path("customer").asText(null), m.path("title").asText(null));
    }
}
