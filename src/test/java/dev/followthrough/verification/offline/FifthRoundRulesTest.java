package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import org.junit.jupiter.api.Test;

/**
 * Transcripts as raw speech recognition writes them (docs/EVALUATION.md, "Transcripts that read like raw speech
 * recognition"): no capitals, almost no punctuation, brands written as the words they sound like. The facts are
 * those of a transcribed call, so the verdicts must be too. The meeting is Tuesday 2026-03-10.
 */
class FifthRoundRulesTest {

    @Test
    void aDenialInTheNextSpokenSentenceDoesNotReachBackAcrossIt() {
        Transcript t = Calls.transcript("Sam Ortiz: our floor price is two hundred a seat i can't go below that for the"
                + " pilot", "Lena Park: okay understood");
        assertThat(Calls.holding(t, "Our floor price is $200 a seat.")).isEmpty();
        assertThat(Calls.holding(t, "I can go below $200 a seat for the pilot.")).isNotEmpty();
    }

    @Test
    void aBrandHeardAsOrdinaryWordsIsStillNamedOnTheCall() {
        Transcript t = Calls.transcript("Lena Park: right now everything runs through stock ledger and a spreadsheet",
                "Sam Ortiz: got it we replace stock ledger entirely");
        assertThat(Calls.holding(t, "Today everything runs through Stockledger and a spreadsheet.")).isEmpty();
        assertThat(Calls.holding(t, "Today everything runs through Stockledgr and a spreadsheet.")).isEmpty();
        assertThat(Calls.holding(t, "Today everything runs through Binmaster and a spreadsheet.")).isNotEmpty();
    }

    @Test
    void anUnmarkedQuestionIsJudgedByItsAnswer() {
        Transcript t = Calls.transcript("Lena Park: okay and can we pay monthly on the starter tier",
                "Sam Ortiz: unfortunately not on the starter tier it's annual up front");
        assertThat(Calls.holding(t, "On the starter tier you can pay monthly.")).isNotEmpty();
        assertThat(Calls.holding(t, "Billing there is annual, up front.")).isEmpty();
    }

    @Test
    void aPriceSaidAsTwoFiguresIsReadInHundredsAndInDollarsAndCents() {
        Transcript t = Calls.transcript("Sam Ortiz: the platform is nine fifty a month per warehouse",
                "Lena Park: and the door sensors", "Sam Ortiz: those are four fifty per door");
        assertThat(Calls.holding(t, "The platform is $950 a month per warehouse.")).isEmpty();
        assertThat(Calls.holding(t, "Door sensors are $4.50 per door.")).isEmpty();
        assertThat(Calls.holding(t, "The platform is $850 a month per warehouse.")).isNotEmpty();
        assertThat(Calls.holding(t, "Door sensors are $5.50 per door.")).isNotEmpty();
    }
}
