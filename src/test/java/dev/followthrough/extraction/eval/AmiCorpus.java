package dev.followthrough.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the AMI dev meetings of the shared corpus (format in its README): transcripts and gold action links. */
public final class AmiCorpus {

    /**
     * Where the shared corpus lives: {@code -Dami.dir=...}, else {@code ../shared/corpus/ami} beside the clone (as
     * CI lays it out), else the workplace's {@code /work/shared/corpus/ami}.
     */
    public static Path dir() {
        String configured = System.getProperty("ami.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path beside = Path.of("..", "shared", "corpus", "ami").toAbsolutePath().normalize();
        return java.nio.file.Files.isDirectory(beside) ? beside : Path.of("/work/shared/corpus/ami");
    }

    public record Meeting(String id, Transcript transcript, CallContext context, Set<String> goldUtteranceIds,
                          int goldActions) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AmiCorpus() {
    }

    public static List<Path> transcripts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("transcripts"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    public static Meeting load(Path dir, Path transcriptFile) throws IOException {
        String id = transcriptFile.getFileName().toString().replace(".json", "");
        JsonNode rows = JSON.readTree(transcriptFile.toFile());
        List<Utterance> us = new ArrayList<>();
        int seq = 0;
        for (JsonNode r : rows) {
            seq++;
            us.add(new Utterance(r.get("id").asText(), seq, r.get("speaker").asText(null),
                    seconds(r.get("start")), seconds(r.get("end")), r.get("text").asText("")));
        }
        LocalDate date = null;
        Set<String> gold = new LinkedHashSet<>();
        int actions = 0;
        Path goldFile = dir.resolve("gold").resolve(id + ".gold.json");
        if (Files.exists(goldFile)) {
            JsonNode g = JSON.readTree(goldFile.toFile());
            date = g.hasNonNull("meeting_date") ? LocalDate.parse(g.get("meeting_date").asText()) : null;
            for (JsonNode a : g.path("actions")) {
                actions++;
                a.path("evidence_utterance_ids").forEach(e -> gold.add(e.asText()));
            }
        }
        // AMI has no sales rep: every participant is a colleague, so the context names no rep.
        CallContext context = new CallContext(date, null, null, List.of(), List.of(), null, id);
        return new Meeting(id, new Transcript(us), context, gold, actions);
    }

    private static Duration seconds(JsonNode n) {
        return n == null || n.isNull() ? null : Duration.ofMillis(Math.round(n.asDouble() * 1000));
    }
}
