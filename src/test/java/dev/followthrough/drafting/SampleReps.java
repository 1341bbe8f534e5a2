package dev.followthrough.drafting;

import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
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

    /** The call's context as the product builds it from a sidecar: the rep, and the attendees as customers. */
    static CallContext context(JsonNode meta, JsonNode rep) {
        List<Participant> people = new ArrayList<>();
        people.add(new Participant(rep.get("name").asString(), rep.get("email").asString(), Participant.Role.REP));
        for (JsonNode a : meta.get("attendees")) {
            people.add(new Participant(a.get("name").asString(), a.path("email").asString(null),
                    Participant.Role.CUSTOMER));
        }
        List<String> aliases = new ArrayList<>();
        rep.path("aliases").forEach(a -> aliases.add(a.asString()));
        return new CallContext(LocalDate.parse(meta.get("meetingDate").asString()), rep.get("name").asString(),
                rep.get("email").asString(), aliases, people, meta.path("customer").asString(null),
                meta.path("title").asString(null));
    }

    static boolean isTranscript(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !n.endsWith(".meta.json") && !n.equals("reps.json")
                && n.matches(".*\\.(vtt|srt|txt|json)$");
    }
}
