package dev.followthrough.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample reps of {@code sample-transcripts/} and their sent emails, so that a golden call owned by one of them
 * is drafted in that rep's learned style, as the product would, and every other call with the neutral style.
 */
final class SampleReps {

    private final Map<String, List<String>> emailsByRep;

    private SampleReps(Map<String, List<String>> emailsByRep) {
        this.emailsByRep = emailsByRep;
    }

    static SampleReps load(Path samplesDir) throws IOException {
        Map<String, List<String>> byRep = new HashMap<>();
        Path roster = samplesDir.resolve("reps.json");
        if (!Files.exists(roster)) {
            return new SampleReps(byRep);
        }
        for (JsonNode rep : new ObjectMapper().readTree(roster.toFile())) {
            String email = rep.path("email").asText("").toLowerCase(Locale.ROOT);
            int at = email.indexOf('@');
            Path folder = samplesDir.resolve("reps").resolve(at < 0 ? email : email.substring(0, at));
            List<String> emails = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                        emails.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
            byRep.put(email, List.copyOf(emails));
        }
        return new SampleReps(byRep);
    }

    /** The rep's sample emails, empty when the rep is not one of the sample reps. */
    List<String> samplesFor(String repEmail) {
        return repEmail == null ? List.of() : emailsByRep.getOrDefault(repEmail.toLowerCase(Locale.ROOT), List.of());
    }
}
