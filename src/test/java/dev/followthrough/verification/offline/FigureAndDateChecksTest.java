package dev.followthrough.verification.offline;

import static dev.followthrough.verification.offline.Calls.evidence;
import static dev.followthrough.verification.offline.Calls.problems;
import static dev.followthrough.verification.offline.Calls.transcript;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureAndDateChecksTest {

    private static final Transcript CALL = transcript(
            "Sam Ortiz: How many stores would be in the trial?",
            "Lena Park: Twelve stores to start, out of our forty locations.",
            "Sam Ortiz: For twelve stores the fee is eighteen hundred dollars a month, and we take ten percent off for an annual plan.",
            "Lena Park: Waste is running at about four point five percent of stock, we want it under three.",
            "Omar Diaz: I can send the store list by Friday.",
            "Sam Ortiz: Great. Then let's meet again on Tuesday the seventeenth at two p.m. to plan the rollout.",
            "Lena Park: Works for me.");

    private final NumberCheck numbers = new NumberCheck();
    private final DateCheck dates = new DateCheck();

    private List<Outcome> number(String claim) {
        return numbers.apply(Claim.ofDraft(claim, claim), evidence(CALL));
    }

    private List<Outcome> date(String claim) {
        return dates.apply(Claim.ofDraft(claim, claim), evidence(CALL));
    }

    @Test
    void figuresSaidInWordsSupportDigits() {
        assertThat(problems(number("The trial covers 12 of your 40 stores."))).isEmpty();
        assertThat(problems(number("Waste is about 4.5% of stock today, with a goal below 3%."))).isEmpty();
        assertThat(problems(number("The fee is $1,800 a month."))).isEmpty();
    }

    @Test
    void aChangedFigureIsContradictedWithBothValuesInTheReason() {
        List<Outcome> out = problems(number("The trial covers 15 stores."));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).status()).isEqualTo(ClaimStatus.CONTRADICTED);
        assertThat(out.get(0).reason()).contains("Twelve stores").contains("15 stores");
        assertThat(out.get(0).evidence()).isNotEmpty();
    }

    @Test
    void percentagesAndMoneyAreCheckedToo() {
        assertThat(problems(number("You get 20% off for an annual plan."))).isNotEmpty();
        assertThat(problems(number("The fee is $2,100 a month."))).isNotEmpty();
    }

    @Test
    void aFigureTheCallNeverMentionsIsUnsupported() {
        List<Outcome> out = problems(number("Setup takes 9 business days."));
        assertThat(out).extracting(Outcome::status).contains(ClaimStatus.UNSUPPORTED);
    }

    @Test
    void arithmeticOnTheClaimsOwnFiguresIsAllowed() {
        assertThat(problems(number("Annual billing is $1,800 a month less 10%, so $1,620 a month."))).isEmpty();
    }

    @Test
    void weekdaysAreResolvedAgainstTheMeetingDate() {
        assertThat(problems(date("Omar will send the store list by Friday, March 13."))).isEmpty();
        List<Outcome> wrong = problems(date("Omar will send the store list by Monday."));
        assertThat(wrong).hasSize(1);
        assertThat(wrong.get(0).reason()).contains("Friday").contains("Monday");
    }

    @Test
    void timesAreCompared() {
        assertThat(problems(date("We meet again on March 17 at 2 p.m."))).isEmpty();
        assertThat(problems(date("We meet again on March 17 at 4 p.m."))).isNotEmpty();
    }

    @Test
    void vagueDatesInTheDraftAreNotFlagged() {
        assertThat(problems(date("We will plan the rollout next week."))).isEmpty();
    }
}
