package dev.followthrough.drafting;

import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample roster (reps.json) and each rep's profile learned from their sent emails, keyed by email. */
record SampleReps(Map<String, JsonNode> reps, Map<String, StyleProfile> profiles) {

    static SampleReps load(Path root, RuleBasedStyleProfiler profiler, JsonMapper json) throws IOException {
        Map<String, JsonNode> reps = new HashMap<>();
        Map<String, StyleProfile> profiles = new HashMap<>();
        for (JsonNode rep : json.readTree(root.resolve("reps.json").toFile())) {
            String email = rep.get("email").asString();
            Path folder = root.resolve("reps").resolve(email.substring(0, email.indexOf('@')));
            List<String> emails = List.of();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    emails = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Fixtures::read).toList();
                }
            }
            reps.put(email, rep);
            profiles.put(email, profiler.profile(rep.get("name").asString(), emails));
        }
        return new SampleReps(reps, profiles);
    }
}
