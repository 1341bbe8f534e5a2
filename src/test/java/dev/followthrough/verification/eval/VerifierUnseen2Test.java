package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier on the second unseen set (src/test/resources/verification/unseen2): 80 cases over 8 calls, written
 * after the last rule change by a session that read neither the verifier nor the other sets. Its drafts and its
 * details file are not read for tuning: this is the blind figure. Report: target/eval/unseen2-report.md.
 */
class VerifierUnseen2Test {

    /**
     * Floors at what was measured on 2026-12-01 (docs/EVALUATION.md, "Second unseen set"). Blind: 53/56 caught
     * (35 on the planted sentence), 17/24 faithful drafts flagged; the verifier of the session's start scored 53/56
     * (36) and 22/24. Its misses were then read for one round of rules: 44/56 caught (34 on the planted sentence),
     * 10/24 flagged.
     */
    static final double MIN_RECALL = 0.78;
    static final double MAX_FALSE_FLAGS = 0.42;

    @Test
    void recallAndFalseFlagsOnASetWrittenAfterTheRules() throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure(HeldoutSet.UNSEEN2, "unseen2", "second unseen set");
        int[] all = parts.get("final");
        assertThat(all[0]).as("planted cases").isGreaterThanOrEqualTo(50);
        assertThat(VerifierHeldoutTest.rate(all[1], all[0])).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(VerifierHeldoutTest.rate(all[3], all[2])).as("false flags").isLessThanOrEqualTo(MAX_FALSE_FLAGS);
    }
}
