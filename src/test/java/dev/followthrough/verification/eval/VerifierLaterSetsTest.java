package dev.followthrough.verification.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier on the sets written after rounds of rules by sessions that read neither the verifier nor the other
 * sets (src/test/resources/verification/unseen2 to unseen11, READMEs there). Report: target/eval/{set}-report.md.
 *
 * <p>Floors one case under what was measured on 2026-12-01 at the end of session 5 (docs/EVALUATION.md): a
 * regression guard, not a quality bar. Caught / flagged on the planted sentence / faithful drafts flagged:
 * <ul>
 *   <li>unseen2 (read in session 2): 41/56, 39/56, 2/24.</li>
 *   <li>unseen3 (read in session 4): 37/50, 33/50, 6/18.</li>
 *   <li>unseen4 (measured blind twice in session 3, then read): 34/53, 28/53, 6/24; 5/24 since session 5 reads
 *   "four fifty per door" as $4.50 too.</li>
 *   <li>unseen5 (read in session 4): 40/50, 27/50, 14/24.</li>
 *   <li>unseen6 (never read; measured at the start and the end of session 4, the same both times): 44/48, 31/48,
 *   19/24.</li>
 *   <li>unseen7 (never read; written at the end of session 4 and measured with the session's starting and final
 *   verifier, the same both times): 39/48, 30/48, 16/24 then; 38/48, 26/48, 14/24 since the spoken-clause round of
 *   session 5, whose four lost "flagged on the planted sentence" had each been flagged there by a finding of another
 *   kind than the error (a brand the recogniser wrote as words, a number error read as a denial).</li>
 *   <li>unseen8 (never read; written in session 5 and measured with the session's starting and final verifier):
 *   40/48, 26/48, 16/24 at the start; 40/48, 25/48, 15/24 at the end.</li>
 *   <li>unseen9 (never read; written at the end of session 5, measured with its starting and final verifier):
 *   40/48, 23/48, 19/24 at the start; 40/48, 19/48, 17/24 at the end.</li>
 *   <li>Session 6's round (a time restated in a second zone, a one-decimal release, looking out for a delivery, a
 *   speaker's "no wait", "not crazy", a contrastive "not", a question or a negative label in the draft, the draft's
 *   own headings, a figure taken back with two words of repair) took unseen6 to 41/48, 31/48, 16/24, unseen8 to
 *   37/48, 25/48, 13/24 and unseen9 to 40/48, 21/48, 16/24: the planted drafts no longer flagged had been flagged
 *   only off the planted sentence, by findings the round removed. unseen10 stayed at 43/48, 25/48, 20/24.</li>
 *   <li>Session 7's round (a draft's headings, markdown and tables; roles, connectives and trade acronyms read as
 *   names; a word said twice over; a date's own weekday; an hour with its zone) took unseen3 to 5/24 faithful drafts
 *   flagged, unseen5 to 13/24, unseen6 to 15/24, unseen7 to 37/48, 25/48, 14/24 and unseen8 to 35/48, 25/48, 12/24:
 *   each planted draft no longer flagged, and each lost finding on a planted sentence, had been flagged there by a
 *   finding of another kind (a heading read as a name, "Customer" read as a person). Its second part (a "no" that
 *   goes on to say the claim, subjects side by side sharing one verb, a result clause's own polarity, a speaker's
 *   request kept out of their own promise, a label over a statement of fact, numbered headings) took unseen6 to
 *   39/48, 31/48, 13/24, unseen7 to 36/48, 25/48, 13/24 and unseen8 to 34/48, 25/48, 9/24.</li>
 *   <li>unseen10 (never read; written blind at the start of session 6 and measured with main at 09cee03, session 5's
 *   final verifier): 43/48, 25/48, 20/24.</li>
 *   <li>unseen10 again, at the end of session 7 (its seventh round): 41/48, 24/48, 19/24, and 22 by the check of the
 *   error's kind. The round's first part was seen to take its flagged count to 41 when a floor failed mid-session.</li>
 *   <li>unseen11 (never read; written blind by a helper in session 7, measured with the session's starting verifier,
 *   main at 383f0c0, and its final one): 43/48, 21/48, 20/24 and 20 by kind, both times.</li>
 * </ul>
 * The last column is a floor one under the planted drafts flagged on the planted sentence by the check for that kind
 * of error (date and meeting count for each other): 38, 31, 28, 25, 25, 24, 25 and 16 (22 on unseen10), the same with session 5's
 * starting verifier on every set; since session 6, 26 on unseen6 and 18 on unseen9.
 */
class VerifierLaterSetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({"unseen2, second unseen set, 50, 40, 38, 3, 37", "unseen3, third unseen set, 48, 36, 32, 6, 30",
        "unseen4, fourth unseen set, 50, 33, 27, 6, 27", "unseen5, fifth unseen set, 48, 39, 26, 13, 24",
        "unseen6, sixth unseen set, 45, 38, 30, 14, 25", "unseen7, seventh unseen set, 45, 35, 24, 14, 23",
        "unseen8, eighth unseen set, 45, 33, 24, 10, 24", "unseen9, ninth unseen set, 45, 39, 20, 17, 17",
        "unseen10, tenth unseen set, 45, 40, 23, 20, 21",
        "unseen11, eleventh unseen set, 45, 42, 20, 21, 19"})
    void recallAndFalseFlagsOnASetWrittenAfterTheRules(String set, String title, int minPlanted, int minCaught,
                                                       int minLocated, int maxFalseFlags, int minByKind)
            throws IOException {
        Map<String, int[]> parts = VerifierHeldoutTest.measure("verification/" + set + "/", set, title);
        int[] all = parts.get("final");
        assertThat(all[0]).as("planted cases").isGreaterThanOrEqualTo(minPlanted);
        assertThat(all[1]).as("planted drafts flagged").isGreaterThanOrEqualTo(minCaught);
        assertThat(all[4]).as("flagged on the planted sentence").isGreaterThanOrEqualTo(minLocated);
        assertThat(all[3]).as("faithful drafts flagged").isLessThanOrEqualTo(maxFalseFlags);
        assertThat(all[5]).as("flagged on the planted sentence by a check of the error's kind")
                .isGreaterThanOrEqualTo(minByKind);
    }
}
