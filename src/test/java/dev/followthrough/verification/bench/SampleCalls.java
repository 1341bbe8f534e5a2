package dev.followthrough.verification.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calls of {@code sample-transcripts/} as the measuring tools read them without the app: each transcript parsed
 * by the product's parser, with the context its sidecar and {@code reps.json} give (the rep by email, attendees as
 * the customer's side).
 */
public final class SampleCalls {

    /** One sample call: its file's base name, the parsed transcript, its context and its rep's email. */
    public record Call(String name, Transcript transcript, CallContext context, String repEmail) {
    }

    private SampleCalls() {
    }

    public static List<Call> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode reps = json.readTree(dir.resolve("reps.json").toFile());
        DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.(vtt|srt|txt|json)"))
                    .filter(p -> !p.toString().endsWith(".meta.json")).sorted().toList();
        }
        List<Call> out = new ArrayList<>();
        for (Path file : files) {
            String base = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            JsonNode meta = json.readTree(dir.resolve(base + ".meta.json").toFile());
            String repEmail = meta.path("rep").asText();
            Transcript t = parser.parse(Files.readAllBytes(file), file.getFileName().toString(), null).transcript();
            out.add(new Call(base, t, context(meta, reps, repEmail), repEmail));
        }
        return out;
    }

    private static CallContext context(JsonNode meta, JsonNode reps, String repEmail) {
        String repName = repEmail;
        for (JsonNode r : reps) {
            if (r.path("email").asText().equalsIgnoreCase(repEmail)) {
                repName = r.path("name").asText();
            }
        }
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(repName, repEmail, Participant.Role.REP));
        for (JsonNode a : meta.path("attendees")) {
            participants.add(new Participant(a.path("name").asText(), a.path("email").asText(null),
                    Participant.Role.CUSTOMER));
        }
        return new CallContext(LocalDate.parse(meta.path("meetingDate").asText()), repName, repEmail,
                List.of(repName.split("\\s+")[0]), participants, meta.path("customer").asText(null),
                meta.path("title").asText(null));
    }
}
