package dev.followthrough.extraction.eval;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.text.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Utterance-level F1 of the offline extractor on the AMI dev meetings: an utterance is predicted positive when an
 * action item cites it, and gold positive when an AMI {@code actions} sentence links it (the published AMI
 * action-item scheme, see the corpus README). Micro-averaged over all utterances of all meetings.
 *
 * <p>Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.followthrough.extraction.eval.AmiScorer}.
 */
public final class AmiScorer {

    private AmiScorer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : AmiCorpus.dir();
        if (!Files.isDirectory(dir.resolve("transcripts"))) {
            System.err.println("AMI corpus not found at " + dir);
            System.exit(2);
        }
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(new Embedder());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long items = 0;
        long goldActions = 0;
        long ms = 0;
        System.out.printf(Locale.ROOT, "%-9s %6s %5s %5s %4s %4s %4s%n", "meeting", "utts", "items", "gold", "tp", "fp", "fn");
        for (Path file : AmiCorpus.transcripts(dir)) {
            AmiCorpus.Meeting m = AmiCorpus.load(dir, file);
            ExtractionResult r = extractor.extract(m.transcript(), m.context());
            ms += r.usage().latencyMs();
            Set<String> predicted = new HashSet<>();
            for (ActionItem item : r.items()) {
                for (Evidence e : item.evidence()) {
                    predicted.add(e.utteranceId());
                }
            }
            int mtp = 0;
            for (String id : predicted) {
                if (m.goldUtteranceIds().contains(id)) {
                    mtp++;
                }
            }
            int mfp = predicted.size() - mtp;
            int mfn = m.goldUtteranceIds().size() - mtp;
            tp += mtp;
            fp += mfp;
            fn += mfn;
            items += r.items().size();
            goldActions += m.goldActions();
            System.out.printf(Locale.ROOT, "%-9s %6d %5d %5d %4d %4d %4d%n", m.id(), m.transcript().utterances().size(),
                    r.items().size(), m.goldUtteranceIds().size(), mtp, mfp, mfn);
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        System.out.printf(Locale.ROOT, "items=%d goldActions=%d tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f"
                + " extractMs=%d%n", items, goldActions, tp, fp, fn, p, rec, f1, ms);
    }
}
