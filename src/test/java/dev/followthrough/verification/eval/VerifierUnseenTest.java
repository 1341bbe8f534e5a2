package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier on the "unseen" set (src/test/resources/verification/unseen): 102 cases written by a session that
 * read neither the verifier nor the other sets. Its first measurement covered all ten calls before any rule was
 * changed for it; then calls u01-u05 became "tune" (read when fixing general rules) and u06-u10 "final", whose
 * drafts and details nobody tuning the verifier reads, so that figure stands for drafts it has never met.
 * Report: target/eval/unseen-report.md.
 */
class VerifierUnseenTest {

    /**
     * Floors one case under what was measured at the end of session 3 (2026-12-01, docs/EVALUATION.md, "Unseen
     * set"): final part 24/37 caught, 23 on the planted sentence, 1/15 faithful drafts flagged; tune part 30/35, 30,
     * 2/15. Both parts have been read for rules, so this is a regression guard, not a quality bar.
     */
    static final double MIN_RECALL_FINAL = 23 / 37.0;
    static final double MAX_FALSE_FLAGS_FINAL = 2 / 15.0;
    static final double MIN_RECALL_TUNE = 29 / 35.0;
    static final double MAX_FALSE_FLAGS_TUNE = 3 / 15.0;
    static final int MIN_LOCATED_FINAL = 22;
    static final int MIN_LOCATED_TUNE = 29;

    @Test
    void recallAndFalseFlagsOnDraftsNobodyTunedOn() throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure(HeldoutSet.UNSEEN, "unseen", "unseen set");
        int[] fin = parts.get("final");
        int[] tune = parts.get("tune");
        assertThat(fin[0] + tune[0]).as("planted cases").isGreaterThanOrEqualTo(70);
        assertThat(VerifierHeldoutTest.rate(fin[1], fin[0])).as("recall, final").isGreaterThanOrEqualTo(MIN_RECALL_FINAL);
        assertThat(VerifierHeldoutTest.rate(fin[3], fin[2])).as("false flags, final")
                .isLessThanOrEqualTo(MAX_FALSE_FLAGS_FINAL);
        assertThat(VerifierHeldoutTest.rate(tune[1], tune[0])).as("recall, tune").isGreaterThanOrEqualTo(MIN_RECALL_TUNE);
        assertThat(VerifierHeldoutTest.rate(tune[3], tune[2])).as("false flags, tune")
                .isLessThanOrEqualTo(MAX_FALSE_FLAGS_TUNE);
        assertThat(fin[4]).as("flagged on the planted sentence, final").isGreaterThanOrEqualTo(MIN_LOCATED_FINAL);
        assertThat(tune[4]).as("flagged on the planted sentence, tune").isGreaterThanOrEqualTo(MIN_LOCATED_TUNE);
    }
}
