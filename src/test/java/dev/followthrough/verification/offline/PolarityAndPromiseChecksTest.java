package dev.followthrough.verification.offline;

import static dev.followthrough.verification.offline.Calls.evidence;
import static dev.followthrough.verification.offline.Calls.problems;
import static dev.followthrough.verification.offline.Calls.transcript;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolarityAndPromiseChecksTest {

    private static final Transcript CALL = transcript(
            "Sam Ortiz: Where are you on budget for this?",
            "Lena Park: Honestly, the budget isn't approved yet. It goes to the board in April.",
            "Sam Ortiz: Understood. Do you already use handheld scanners in the stores?",
            "Omar Diaz: No, counts are still done on paper.",
            "Sam Ortiz: Our app works on any phone, so you don't need new hardware.",
            "Lena Park: Good. I'll send you last quarter's waste report so you can size the savings.",
            "Sam Ortiz: Thanks. I'll put together a savings estimate by Friday.",
            "Omar Diaz: Could you also send the security questionnaire?",
            "Sam Ortiz: Sure, I'll send it today.",
            "Lena Park: Do you want to book a second demo for the store managers?",
            "Sam Ortiz: Let's wait on that. Let us see the estimate first, we don't need another call yet.",
            "Lena Park: Then let's meet on Thursday, March 19 at 10 a.m. to go through the estimate.",
            "Sam Ortiz: Perfect, I'll send the invite.");

    private final NegationCheck negation = new NegationCheck(Judge.NEGATION_MIN_COSINE, Judge.NEGATION_MIN_COVERAGE);
    private final CommitmentCheck commitments = new CommitmentCheck(Judge.COMMITMENT_MIN_MATCH);
    private final MeetingCheck meetings = new MeetingCheck();

    private List<Outcome> neg(String claim) {
        return problems(negation.apply(Claim.ofDraft(claim, claim), evidence(CALL)));
    }

    private List<Outcome> promise(String claim) {
        return commitments.apply(Claim.ofDraft(claim, claim), evidence(CALL));
    }

    private List<Outcome> meeting(String claim) {
        return meetings.apply(Claim.ofDraft(claim, claim), evidence(CALL));
    }

    @Test
    void aDroppedNegationIsContradicted() {
        List<Outcome> out = neg("The budget is already approved.");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).status()).isEqualTo(ClaimStatus.CONTRADICTED);
        assertThat(out.get(0).reason()).contains("isn't approved");
    }

    @Test
    void theSameNegationInOtherWordsIsFine() {
        assertThat(neg("The budget is not approved yet and goes to the board in April.")).isEmpty();
        assertThat(neg("Budget approval is still pending with the board.")).isEmpty();
    }

    @Test
    void aYesNoQuestionIsJudgedByItsAnswer() {
        assertThat(neg("You already use handheld scanners in the stores.")).isNotEmpty();
        assertThat(neg("Counts are still done on paper, with no scanners in the stores.")).isEmpty();
    }

    @Test
    void anAddedNegationIsContradicted() {
        assertThat(neg("Our app does not work on any phone, so you need new hardware.")).isNotEmpty();
    }

    @Test
    void promisesKeepTheirOwner() {
        assertThat(problems(promise("I'll put together a savings estimate by Friday."))).isEmpty();
        assertThat(problems(promise("Lena will send last quarter's waste report."))).isEmpty();
        assertThat(problems(promise("I'll send the security questionnaire today."))).isEmpty();
    }

    @Test
    void theCustomersPromiseTurnedIntoTheRepsIsContradicted() {
        List<Outcome> out = problems(promise("I'll send you last quarter's waste report."));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).status()).isEqualTo(ClaimStatus.CONTRADICTED);
        assertThat(out.get(0).reason()).contains("Lena Park");
    }

    @Test
    void anInventedPromiseIsUnsupported() {
        assertThat(problems(promise("I'll arrange a free on-site training for your warehouse crew."))).isNotEmpty();
    }

    @Test
    void anAgreedMeetingIsSupportedAndADeclinedOrInventedOneIsNot() {
        assertThat(problems(meeting("We meet on Thursday, March 19 at 10 a.m. to go through the estimate."))).isEmpty();
        assertThat(problems(meeting("I've booked the second demo for your store managers on March 24."))).isNotEmpty();
        assertThat(problems(meeting("We'll have a weekly status call every Monday."))).isNotEmpty();
        assertThat(problems(meeting("We meet on Thursday, March 19 at 3 p.m."))).isNotEmpty();
    }

    @Test
    void deadlinesAndTheCustomersOwnMeetingsAreNotNextMeetings() {
        assertThat(meeting("I'll send the estimate by Friday, ahead of your board meeting in April.")).isEmpty();
    }
}
