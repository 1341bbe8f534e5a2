package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier on the sets written after rounds of rules by sessions that read neither the verifier nor the other
 * sets (src/test/resources/verification/unseen2 to unseen5, READMEs there). Report: target/eval/{set}-report.md.
 *
 * <p>Floors one case under what was measured on 2026-12-01 at the end of session 3 (docs/EVALUATION.md): a
 * regression guard, not a quality bar. Caught / flagged on the planted sentence / faithful drafts flagged:
 * <ul>
 *   <li>unseen2 (read in session 2): 41/56, 40/56, 2/24.</li>
 *   <li>unseen3 (never read; only its per-check counts were looked at): 41/50, 33/50, 9/18.</li>
 *   <li>unseen4 (measured blind twice, then read): 35/53, 28/53, 7/24.</li>
 *   <li>unseen5 (never read): 46/50, 27/50, 19/24.</li>
 * </ul>
 */
class VerifierLaterSetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({"unseen2, second unseen set, 50, 40, 39, 3", "unseen3, third unseen set, 48, 40, 32, 10",
        "unseen4, fourth unseen set, 50, 34, 27, 8", "unseen5, fifth unseen set, 48, 45, 26, 20",
        "unseen6, sixth unseen set, 0, 0, 0, 99"})
    void recallAndFalseFlagsOnASetWrittenAfterTheRules(String set, String title, int minPlanted, int minCaught,
                                                       int minLocated, int maxFalseFlags) throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure("verification/" + set + "/", set, title);
        int[] all = parts.get("final");
        assertThat(all[0]).as("planted cases").isGreaterThanOrEqualTo(minPlanted);
        assertThat(all[1]).as("planted drafts flagged").isGreaterThanOrEqualTo(minCaught);
        assertThat(all[4]).as("flagged on the planted sentence").isGreaterThanOrEqualTo(minLocated);
        assertThat(all[3]).as("faithful drafts flagged").isLessThanOrEqualTo(maxFalseFlags);
    }
}
