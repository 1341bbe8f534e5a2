package dev.followthrough.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metric on the repository's own sample reps (sample-transcripts/reps), which the profiler was not written
 * against: every held-out email must be closer to the rest of its rep's emails than to any other rep. Skipped
 * when the folder is absent; {@code -Dfollowthrough.samples=<dir>} points it elsewhere.
 */
class SampleRepsStyleTest {

    @Test
    void heldOutEmailsAreClosestToTheirOwnRep() throws IOException {
        Path root = Path.of(System.getProperty("followthrough.samples", "sample-transcripts"));
        assumeTrue(Files.isRegularFile(root.resolve("reps.json")), "no sample reps at " + root.toAbsolutePath());
        Map<String, List<String>> emails = new LinkedHashMap<>();
        for (JsonNode rep : JsonMapper.builder().build().readTree(root.resolve("reps.json").toFile())) {
            String email = rep.get("email").asString();
            Path folder = root.resolve("reps").resolve(email.substring(0, email.indexOf('@')));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    emails.put(rep.get("name").asString(), files.filter(f -> f.toString().endsWith(".txt")).sorted()
                            .map(Fixtures::read).toList());
                }
            }
        }
        assumeTrue(emails.size() >= 2, "fewer than two reps with sample emails");

        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        StyleSimilarity similarity = new StyleSimilarity(profiler);
        Map<String, StyleProfile> full = new LinkedHashMap<>();
        emails.forEach((rep, list) -> full.put(rep, profiler.profile(rep, list)));
        double own = 0;
        double bestOther = 0;
        int n = 0;
        for (var rep : emails.entrySet()) {
            for (int i = 0; i < rep.getValue().size(); i++) {
                List<String> rest = new ArrayList<>(rep.getValue());
                String heldOut = rest.remove(i);
                double vsOwn = similarity.score(heldOut, profiler.profile(rep.getKey(), rest)).total();
                double vsBestOther = full.entrySet().stream().filter(e -> !e.getKey().equals(rep.getKey()))
                        .mapToDouble(e -> similarity.score(heldOut, e.getValue()).total()).max().orElse(0);
                System.out.printf("style-metric sample-reps rep=%s email=%d vsOwn=%.3f vsClosestOther=%.3f%n",
                        rep.getKey(), i + 1, vsOwn, vsBestOther);

                assertThat(vsOwn).as("%s email %d", rep.getKey(), i + 1).isGreaterThan(vsBestOther);
                own += vsOwn;
                bestOther += vsBestOther;
                n++;
            }
        }
        System.out.printf("style-metric sample-reps mean vsOwn=%.3f vsClosestOther=%.3f (n=%d)%n", own / n,
                bestOther / n, n);
    }
}
