package dev.followthrough.verification.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Speed of the offline verifier on a synthetic one-hour call: AMI meetings (shared corpus, CC BY 4.0) are
 * chained until an hour of speech is reached, dialogue acts of one speaker merged into turns. The draft is built
 * from sentences of the call (some with a changed figure), so every check has real work to do.
 * Not a test: run it as described in docs/BENCHMARKS.md, on an otherwise idle machine.
 */
public final class VerifierBenchmark {

    private VerifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/ami/transcripts");
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Transcript call = oneHour(dir);
        System.out.printf("load average at start: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        Embedder embedder = new Embedder();
        OfflineDraftVerifier verifier = new OfflineDraftVerifier(embedder);
        long loadMs = ms(t0);
        Draft draft = draft(call, claims, new Random(7));
        CallContext ctx = new CallContext(LocalDate.of(2026, 11, 3), "Project Manager", null, List.of(),
                List.of(), null, null);

        long c0 = System.nanoTime();
        CheckResult cold = verifier.check(call, ctx, draft, List.of());
        long coldMs = ms(c0);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long w0 = System.nanoTime();
            verifier.check(call, ctx, draft, List.of());
            best = Math.min(best, ms(w0));
        }
        Duration length = call.utterances().get(call.utterances().size() - 1).end();
        System.out.printf("call: %d turns, %d words, %s long%n", call.utterances().size(), call.wordCount(), length);
        System.out.printf("model load: %d ms%n", loadMs);
        System.out.printf("draft: %d claims checked (%d findings, %s)%n", claims, cold.findings().size(), cold.verdict());
        System.out.printf("first check of the one-hour call (embeds every turn): %d ms%n", coldMs);
        System.out.printf("re-check after an edit (turn embeddings cached), best of 3: %d ms = %.1f claims/s%n", best,
                claims * 1000.0 / Math.max(1, best));
        System.out.printf("first check throughput: %.1f claims/s%n", claims * 1000.0 / Math.max(1, coldMs));
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** AMI dialogue acts, one speaker's consecutive acts merged, meetings chained until 60 minutes. */
    static Transcript oneHour(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<Utterance> out = new ArrayList<>();
        double offset = 0;
        for (Path f : files) {
            String speaker = null;
            StringBuilder text = new StringBuilder();
            double start = 0;
            double end = 0;
            double last = 0;
            for (JsonNode n : json.readTree(f.toFile())) {
                String who = n.path("speaker").asText();
                if (!who.equals(speaker) && speaker != null) {
                    add(out, speaker, offset + start, offset + end, text);
                    text.setLength(0);
                }
                if (text.isEmpty()) {
                    start = n.path("start").asDouble();
                }
                speaker = who;
                text.append(text.isEmpty() ? "" : " ").append(n.path("text").asText());
                end = n.path("end").asDouble();
                last = Math.max(last, end);
            }
            add(out, speaker, offset + start, offset + end, text);
            offset += last;
            if (offset >= 3600) {
                break;
            }
        }
        return new Transcript(out);
    }

    private static void add(List<Utterance> out, String speaker, double start, double end, StringBuilder text) {
        if (speaker == null || text.toString().isBlank() || start >= 3600) {
            return;
        }
        int seq = out.size() + 1;
        out.add(new Utterance(Utterance.idFor(seq), seq, speaker, Duration.ofMillis((long) (start * 1000)),
                Duration.ofMillis((long) (end * 1000)), text.toString().strip()));
    }

    /** Sentences of longer turns, every fifth with its first number changed, as a draft body. */
    static Draft draft(Transcript call, int claims, Random random) {
        List<Utterance> longTurns = call.utterances().stream().filter(u -> u.text().split("\\s+").length >= 12).toList();
        StringBuilder body = new StringBuilder("Hi all,\n\n");
        for (int i = 0; i < claims; i++) {
            String s = longTurns.get(random.nextInt(longTurns.size())).text();
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1).replaceAll("[.?!,]+$", "").replace(". ", ", ");
            if (i % 5 == 4) {
                s = s.replaceFirst("\\b(two|three|four|five|ten|twenty|\\d+)\\b", "forty-two");
            }
            body.append(s).append(".\n");
        }
        return new Draft("Recap", body.append("\nBest,\nPM").toString());
    }
}
