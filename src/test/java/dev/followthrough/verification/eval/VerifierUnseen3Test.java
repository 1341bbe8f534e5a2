package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier on the second unseen set (src/test/resources/verification/unseen3): 68 cases over 6 calls, written
 * after the sixth round of rules by a session that read neither the verifier nor the other sets. Its drafts and its
 * details file are not read for tuning: this is the blind figure. Report: target/eval/unseen3-report.md.
 */
class VerifierUnseen3Test {

    /**
     * Floors at what was measured on 2026-12-01, blind (docs/EVALUATION.md, "Third unseen set"): 40/50 caught, 34 on
     * the planted sentence, 8/18 faithful drafts flagged; the session's starting verifier: 44/50, 30, 10/18.
     */
    static final double MIN_RECALL = 0.80;
    static final double MAX_FALSE_FLAGS = 0.45;

    @Test
    void recallAndFalseFlagsOnASetWrittenAfterTheRules() throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure(HeldoutSet.UNSEEN3, "unseen3", "third unseen set");
        int[] all = parts.get("final");
        assertThat(all[0]).as("planted cases").isGreaterThanOrEqualTo(40);
        assertThat(VerifierHeldoutTest.rate(all[1], all[0])).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(VerifierHeldoutTest.rate(all[3], all[2])).as("false flags").isLessThanOrEqualTo(MAX_FALSE_FLAGS);
    }
}
