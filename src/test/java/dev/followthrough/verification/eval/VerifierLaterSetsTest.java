package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier on the sets written after rounds of rules by sessions that read neither the verifier nor the other
 * sets (src/test/resources/verification/unseen2 and unseen3, READMEs there). Report: target/eval/{set}-report.md.
 *
 * <p>Floors at what was measured on 2026-12-01 (docs/EVALUATION.md):
 * <ul>
 *   <li>unseen2, 80 cases: blind, 53/56 caught (35 on the planted sentence), 17/24 faithful drafts flagged; the
 *   session's starting verifier 53/56 (36) and 22/24. Its misses were then read for one round of rules: 44/56
 *   (34 on the planted sentence; 32 with the product's parser), 10/24.</li>
 *   <li>unseen3, 68 cases, never read: 40/50 caught, 34 on the planted sentence, 8/18 faithful drafts flagged; the
 *   session's starting verifier 44/50, 30, 10/18.</li>
 * </ul>
 */
class VerifierLaterSetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({"unseen2, second unseen set, 50, 0.78, 0.42", "unseen3, third unseen set, 40, 0.80, 0.45", "unseen4, fourth unseen set, 0, 0, 1"})
    void recallAndFalseFlagsOnASetWrittenAfterTheRules(String set, String title, int minPlanted, double minRecall,
                                                       double maxFalseFlags) throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure("verification/" + set + "/", set, title);
        int[] all = parts.get("final");
        assertThat(all[0]).as("planted cases").isGreaterThanOrEqualTo(minPlanted);
        assertThat(VerifierHeldoutTest.rate(all[1], all[0])).as("recall").isGreaterThanOrEqualTo(minRecall);
        assertThat(VerifierHeldoutTest.rate(all[3], all[2])).as("false flags").isLessThanOrEqualTo(maxFalseFlags);
    }
}
