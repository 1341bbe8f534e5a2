package dev.followthrough.verification.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The product's own drafts through the verifier: parser, offline extractor, offline drafter (in the rep's learned
 * style) and offline verifier on every call of {@code sample-transcripts/}, with the context its sidecar and
 * {@code reps.json} give (attendees as the customer's side, as the product builds it). Prints every problem
 * finding and the time spent verifying. Not a test: run it as described in docs/BENCHMARKS.md.
 */
public final class SamplePipelineRun {

    private SamplePipelineRun() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-transcripts");
        ObjectMapper json = new ObjectMapper();
        JsonNode reps = json.readTree(dir.resolve("reps.json").toFile());
        Embedder embedder = new Embedder();
        DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(embedder);
        OfflineFollowUpDrafter drafter = new OfflineFollowUpDrafter();
        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        OfflineDraftVerifier verifier = new OfflineDraftVerifier(embedder);
        List<Path> calls;
        try (Stream<Path> s = Files.list(dir)) {
            calls = s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.(vtt|srt|txt|json)"))
                    .filter(p -> !p.toString().endsWith(".meta.json")).sorted().toList();
        }
        long verifyMs = 0;
        long totalStart = System.nanoTime();
        int problems = 0;
        for (Path file : calls) {
            String base = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            JsonNode meta = json.readTree(dir.resolve(base + ".meta.json").toFile());
            String repEmail = meta.path("rep").asText();
            JsonNode rep = null;
            for (JsonNode r : reps) {
                if (r.path("email").asText().equalsIgnoreCase(repEmail)) {
                    rep = r;
                }
            }
            String repName = rep == null ? repEmail : rep.path("name").asText();
            List<Participant> participants = new ArrayList<>();
            participants.add(new Participant(repName, repEmail, Participant.Role.REP));
            for (JsonNode a : meta.path("attendees")) {
                participants.add(new Participant(a.path("name").asText(), a.path("email").asText(null),
                        Participant.Role.CUSTOMER));
            }
            CallContext ctx = new CallContext(LocalDate.parse(meta.path("meetingDate").asText()), repName, repEmail,
                    List.of(repName.split("\\s+")[0]), participants, meta.path("customer").asText(null),
                    meta.path("title").asText(null));
            Transcript t = parser.parse(Files.readAllBytes(file), file.getFileName().toString(), null).transcript();
            List<ActionItem> items = extractor.extract(t, ctx).items();
            StyleProfile style = profiler.profile(repName, samples(dir, repEmail));
            Draft draft = drafter.draft(t, items, ctx, style).draft();
            long v0 = System.nanoTime();
            CheckResult r = verifier.check(t, ctx, draft, items);
            long ms = (System.nanoTime() - v0) / 1_000_000;
            verifyMs += ms;
            System.out.printf("%n=== %s: %d turns, %d items, verdict %s, %d ms%n", base, t.utterances().size(),
                    items.size(), r.verdict(), ms);
            for (Finding f : r.findings()) {
                if (f.isProblem()) {
                    problems++;
                    System.out.printf("- %s [%s] %s -- %s%n", f.status(), f.kind(), f.claim(), f.reason());
                }
            }
            if (args.length > 1) {
                System.out.println("--- draft:\n" + draft.subject() + "\n" + draft.body());
            }
        }
        System.out.printf("%n%d calls, %d problem findings; verification %d ms, whole pipeline %d ms%n", calls.size(),
                problems, verifyMs, (System.nanoTime() - totalStart) / 1_000_000);
    }

    private static List<String> samples(Path dir, String repEmail) throws IOException {
        Path d = dir.resolve("reps").resolve(repEmail.substring(0, repEmail.indexOf('@')));
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }
}
