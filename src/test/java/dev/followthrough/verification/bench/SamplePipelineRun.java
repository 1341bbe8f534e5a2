package dev.followthrough.verification.bench;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Embedder embedder = new Embedder();
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(embedder);
        OfflineFollowUpDrafter drafter = new OfflineFollowUpDrafter();
        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        OfflineDraftVerifier verifier = new OfflineDraftVerifier(embedder);
        long totalStart = System.nanoTime();
        List<SampleCalls.Call> calls = SampleCalls.load(dir);
        long verifyMs = 0;
        int problems = 0;
        for (SampleCalls.Call call : calls) {
            Transcript t = call.transcript();
            CallContext ctx = call.context();
            List<ActionItem> items = extractor.extract(t, ctx).items();
            StyleProfile style = profiler.profile(ctx.repName(), samples(dir, call.repEmail()));
            Draft draft = drafter.draft(t, items, ctx, style).draft();
            long v0 = System.nanoTime();
            CheckResult r = verifier.check(t, ctx, draft, items);
            long ms = (System.nanoTime() - v0) / 1_000_000;
            verifyMs += ms;
            System.out.printf("%n=== %s: %d turns, %d items, verdict %s, %d ms%n", call.name(), t.utterances().size(),
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
