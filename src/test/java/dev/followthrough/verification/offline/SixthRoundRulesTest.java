package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import org.junit.jupiter.api.Test;

/**
 * Rules read in session 6 from faithful drafts that the sets unseen5 to unseen8 flagged for one finding only
 * (docs/EVALUATION.md, "Sixth round"). The meeting is Tuesday 2026-03-10.
 */
class SixthRoundRulesTest {

    @Test
    void aTimeGivenInASecondZoneRestatesTheTimeTheCallSaid() {
        Transcript t = Calls.transcript("Sam Ortiz: shall we review the results on Thursday at 11am London time?",
                "Lena Park: Thursday at 11am works, I'll have Omar join from Rotterdam.");
        assertThat(Calls.holding(t, "We review the results on Thursday at 11:00 London time (12:00 in Rotterdam).")).isEmpty();
        assertThat(Calls.holding(t, "We review the results on Thursday at 12:00 your time (11:00 in London).")).isEmpty();
        // with no second zone named, another time is still another time
        assertThat(Calls.holding(t, "We review the results on Thursday at 12:00.")).isNotEmpty();
        // and a second zone does not excuse a time half an hour off
        assertThat(Calls.holding(t, "We review the results on Thursday at 11:00 London time (12:30 in Rotterdam).")).isNotEmpty();
    }

    @Test
    void aReleaseWithOneDecimalIsNamedNotCounted() {
        Transcript t = Calls.transcript("Lena Park: The export bug from May, is that sorted?",
                "Sam Ortiz: Yes, that was fixed in version eight point four, which you're on now. About forty customers had it.");
        assertThat(Calls.holding(t, "The export bug from May was fixed in 8.4.")).isEmpty();
        assertThat(Calls.holding(t, "The export bug from May was fixed in 8.5.")).isNotEmpty();
    }

    @Test
    void lookingOutForSomethingReceivesAnotherPromiseAndMakesNone() {
        Transcript t = Calls.transcript("Lena Park: I'll send you the list of clinics with user counts per site by Friday.",
                "Sam Ortiz: Perfect, thank you.");
        assertThat(Calls.holding(t, "I'll look out for the clinic list with user counts per site by Friday.")).isEmpty();
        assertThat(Calls.holding(t, "I'll send you the clinic list with user counts per site by Friday.")).isNotEmpty();
    }

    @Test
    void aSpeakerCorrectingThemselfDeniesNothing() {
        Transcript t = Calls.transcript("Lena Park: we're running about twenty eight hundred cars a month no wait that was"
                + " january it's more like thirty one hundred now", "Sam Ortiz: okay thirty one hundred");
        assertThat(Calls.holding(t, "You're running roughly thirty-one hundred car movements a month now.")).isEmpty();
        // a real "no" still denies
        Transcript denied = Calls.transcript("Lena Park: Sorry, no, we don't run the buses on weekends.",
                "Sam Ortiz: Understood.");
        assertThat(Calls.holding(denied, "You run the buses on weekends.")).isNotEmpty();
    }

    @Test
    void notCrazyIsAYes() {
        Transcript t = Calls.transcript("Sam Ortiz: could you send the March reconciliation first thing Monday?",
                "Lena Park: okay that's not crazy what i care about is the car hire reconciliation i'll send march's first thing monday");
        assertThat(Calls.holding(t, "Your part is March's car hire reconciliation, first thing Monday.")).isEmpty();
    }

    @Test
    void aContrastiveNotDeniesOnlyTheAlternative() {
        Transcript t = Calls.transcript("Lena Park: I was hoping for something closer to fifteen percent, given it's"
                + " fifteen clinics and not two.", "Sam Ortiz: Understood. Let me lay the pricing out side by side.");
        assertThat(Calls.holding(t, "Here is the pricing, laid out side by side for fifteen clinics.")).isEmpty();
        Transcript chambers = Calls.transcript("Lena Park: The bulb chambers run at minus two, not minus eighteen.",
                "Sam Ortiz: Then we set the alarm threshold per chamber.");
        assertThat(Calls.holding(chambers, "The bulb chambers run at minus two.")).isEmpty();
        assertThat(Calls.holding(chambers, "The bulb chambers run at minus eighteen.")).isNotEmpty();
    }

    @Test
    void aQuestionInTheDraftAssertsNeitherWay() {
        Transcript t = Calls.transcript("Lena Park: Hi Sam. Good timing, actually. The international document verification"
                + " module is separate. It's nine thousand five hundred pounds a year, and it's not included in the base price.",
                "Sam Ortiz: Understood.");
        assertThat(Calls.holding(t, "Is document verification included?")).isEmpty();
        assertThat(Calls.holding(t, "Document verification is included in the base price.")).isNotEmpty();
    }

    @Test
    void aNegativeLabelCarriesItsNotToWhatFollows() {
        Transcript t = Calls.transcript("Lena Park: Our lab results come from Corvane Labs. Do you integrate with them?",
                "Sam Ortiz: I'll be honest with you, no. We don't have a Corvane integration, and it's not on our roadmap"
                + " for this year. We integrate with two other lab providers, but not Corvane.");
        assertThat(Calls.holding(t, "Not available: a Corvane Labs integration.")).isEmpty();
        assertThat(Calls.holding(t, "A Corvane Labs integration is available now.")).isNotEmpty();
    }

    @Test
    void theDraftsOwnLayoutIsNoFigure() {
        Transcript t = Calls.transcript("Lena Park: We have four sites.", "Sam Ortiz: Great, four sites it is.");
        assertThat(Calls.holding(t, "Here's today's call under three headings.")).isEmpty();
        assertThat(Calls.holding(t, "You have three sites.")).isNotEmpty();
    }

    @Test
    void aFigureTakenBackWithTwoWordsOfRepairIsNotSaid() {
        Transcript t = Calls.transcript("Lena Park: for the record it was twenty two jobs no sorry twenty six i went back"
                + " through the diary", "Sam Ortiz: okay twenty six jobs");
        assertThat(Calls.holding(t, "Twenty-six jobs were hit.")).isEmpty();
        assertThat(Calls.holding(t, "Twenty-two jobs were hit.")).isNotEmpty();
        Transcript edited = Calls.transcript("Lena Park: We run sixty two buses on routes. Sorry, no, 58.",
                "Sam Ortiz: Understood.");
        assertThat(Calls.holding(edited, "You run 62 buses on routes.")).isNotEmpty();
    }
}
