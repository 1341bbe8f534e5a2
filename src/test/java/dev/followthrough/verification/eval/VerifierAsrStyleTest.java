package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.AsrStyle;
import dev.followthrough.verification.eval.dataset.VerifierCase;
import dev.followthrough.verification.eval.dataset.VerifierDataset;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier on sets whose transcripts were rewritten the way raw speech recognition reads (AsrStyle: figures
 * spelled out, lowercase, almost no punctuation), with the drafts unchanged. A real recogniser's transcript of the
 * same call carries the same facts, so the figures should be those of the set as written; the gap is what the
 * checks owe to a transcriber's capitals and commas. Report: target/eval/asr-{set}-report.md.
 *
 * <p>Floors one case under what was measured on 2026-12-01 (docs/EVALUATION.md, "Transcripts that read like raw
 * speech recognition"): a regression guard. Caught / on the planted sentence / faithful drafts flagged.
 */
class VerifierAsrStyleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"labelled, 70, 69, 8", "heldout, 44, 42, 4", "unseen, 62, 54, 21", "unseen2, 49, 38, 10",
        "unseen3, 41, 32, 12", "unseen4, 45, 30, 14", "unseen5, 39, 28, 16"})
    void figuresWhenTheTranscriptReadsLikeRawSpeechRecognition(String set, int minCaught, int minLocated,
                                                                 int maxFalseFlags) throws IOException {
        List<HeldoutSet.HeldoutCase> cases = ("labelled".equals(set)
                ? VerifierDataset.load().stream().map(c -> new HeldoutSet.HeldoutCase("all", c)).toList()
                : HeldoutSet.load("verification/" + set + "/"))
                .stream().map(h -> new HeldoutSet.HeldoutCase(h.part(), asr(h.c()))).toList();
        Map<String, int[]> parts = VerifierHeldoutTest.measure(cases, "asr-" + set, set + " set, transcripts as raw"
                + " speech recognition");
        int[] all = parts.values().stream().reduce(new int[6], VerifierAsrStyleTest::sum);
        assertThat(all[1]).as("planted drafts flagged").isGreaterThanOrEqualTo(minCaught);
        assertThat(all[4]).as("flagged on the planted sentence").isGreaterThanOrEqualTo(minLocated);
        assertThat(all[3]).as("faithful drafts flagged").isLessThanOrEqualTo(maxFalseFlags);
    }

    private static VerifierCase asr(VerifierCase c) {
        return new VerifierCase(c.id(), c.callId(), AsrStyle.transcript(c.transcriptText()), c.meetingDate(),
                c.repName(), c.customer(), c.attendees(), c.label(), c.kind(), c.plantedClaim(), c.why(), c.subject(),
                c.body(), c.repEmail());
    }

    private static int[] sum(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }
}
