package dev.followthrough.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.Embedder;
import dev.followthrough.text.Quantities;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the offline draft on every call in sample-transcripts/: the share of the call's number and date
 * values (by value, as text.Quantities and text.DateExpressions read them) that reach the draft, the draft's
 * length against the rep's typical length, its style score, and the offline verifier's verdict. Prints one
 * line per call and a total ("facts-metric ..."); fails only when a draft states a value the call never did
 * or the verifier flags a draft of a call without injected text. Skipped when the folder is absent.
 */
class SampleCallsFactsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void draftsCarryTheCallsValuesAndPassTheVerifier() throws IOException {
        Path root = Path.of(System.getProperty("followthrough.samples", "sample-transcripts"));
        assumeTrue(Files.isRegularFile(root.resolve("reps.json")), "no samples at " + root.toAbsolutePath());
        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        StyleSimilarity similarity = new StyleSimilarity(profiler);
        SampleReps roster = SampleReps.load(root, profiler, json);
        Map<String, JsonNode> reps = roster.reps();
        Map<String, StyleProfile> profiles = roster.profiles();
        var parser = new DefaultTranscriptParser(IngestLimits.defaults());
        Embedder embedder = new Embedder();
        var extractor = new OfflineActionItemExtractor(embedder);
        var verifier = new OfflineDraftVerifier(embedder);
        var drafter = new OfflineFollowUpDrafter();
        int calls = 0;
        int callValues = 0;
        int carried = 0;
        int clean = 0;
        double styleSum = 0;
        double lengthRatioSum = 0;
        List<String> invented = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(SampleReps::isTranscript).sorted().toList()) {
                Path sidecar = root.resolve(file.getFileName().toString().replaceAll("\\.[^.]+$", ".meta.json"));
                if (!Files.isRegularFile(sidecar)) {
                    continue;
                }
                JsonNode meta = json.readTree(sidecar.toFile());
                String repEmail = meta.get("rep").asString();
                CallContext ctx = SampleReps.context(meta, reps.get(repEmail));
                StyleProfile style = profiles.get(repEmail);
                Transcript t = parser.parse(Files.readAllBytes(file), file.getFileName().toString(), null).transcript();
                List<ActionItem> items = extractor.extract(t, ctx).items();
                Draft d = drafter.draft(t, items, ctx, style).draft();
                CheckResult check = verifier.check(t, ctx, d, items);
                if (Boolean.getBoolean("followthrough.printDrafts")) {
                    System.out.println("facts-draft " + file.getFileName() + "\n" + d.body());
                }

                StringBuilder said = new StringBuilder();
                for (Utterance u : t.utterances()) {
                    said.append(u.text()).append('\n');
                }
                Set<String> inCall = values(said.toString(), ctx.meetingDate());
                Set<String> inDraft = values(d.body().replaceAll("(?m)^\\d{1,2}[.)] ", ""), ctx.meetingDate());
                Set<String> hit = new LinkedHashSet<>(inDraft);
                hit.retainAll(inCall);
                Set<String> extra = new LinkedHashSet<>(inDraft);
                extra.removeAll(inCall);
                extra.removeAll(values(style.signOff() + "\n" + ctx.title() + "\n" + itemsText(items), ctx.meetingDate()));
                extra.forEach(v -> invented.add(file.getFileName() + ": " + v));
                int words = d.body().split("\\s+").length;
                double style01 = similarity.score(d, style).total();
                System.out.printf(Locale.ROOT, "facts-metric %s values=%d/%d words=%d typical=%d style=%.3f verdict=%s"
                                + " problems=%d%n", file.getFileName(), hit.size(), inCall.size(), words,
                        style.typicalWords(), style01, check.verdict(),
                        check.findings().stream().filter(f -> f.isProblem()).count());
                check.findings().stream().filter(f -> f.isProblem()).forEach(f ->
                        System.out.println("facts-metric   flagged: " + f.claim() + " -- " + f.reason()));
                calls++;
                callValues += inCall.size();
                carried += hit.size();
                clean += check.verdict() == dev.followthrough.core.Verdict.CLEAN ? 1 : 0;
                styleSum += style01;
                lengthRatioSum += (double) words / Math.max(1, style.typicalWords());
            }
        }
        assumeTrue(calls > 0, "no sample calls with sidecars");
        System.out.printf(Locale.ROOT, "facts-metric TOTAL calls=%d values=%d/%d (%.1f%%) clean=%d/%d "
                        + "meanStyle=%.3f meanWords/typical=%.2f%n", calls, carried, callValues,
                100.0 * carried / Math.max(1, callValues), clean, calls, styleSum / calls, lengthRatioSum / calls);
        assertThat(invented).as("values in drafts that the call never stated: %s", invented).isEmpty();
    }

    private static String itemsText(List<ActionItem> items) {
        StringBuilder sb = new StringBuilder();
        for (ActionItem i : items) {
            sb.append(i.task()).append(' ').append(i.dueText()).append('\n');
            if (i.dueDate() != null) {
                // the draft writes a resolved due date beside the call's words: "Friday (Nov 6)"
                sb.append(i.dueDate().getDayOfMonth()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Quantities by value and unit-free, dates as resolved: "210 seats" and "210" are the same fact. */
    private static Set<String> values(String text, LocalDate meeting) {
        Set<String> out = new LinkedHashSet<>();
        Quantities.find(text).forEach(q -> out.add("n:" + q.value().stripTrailingZeros().toPlainString()));
        DateExpressions.find(text, meeting).stream().filter(m -> m.date() != null)
                .forEach(m -> out.add("d:" + m.date()));
        return out;
    }
}
