package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import org.junit.jupiter.api.Test;

/**
 * Rules read in session 7 from the wrong findings on the read sets unseen5 to unseen9 (docs/EVALUATION.md,
 * "Seventh round"): how a draft is laid out and how a recogniser writes what was said, not what either means.
 * The layout rules are in ClaimSplitterTest. The meeting is Tuesday 2026-03-10.
 */
class SeventhRoundRulesTest {

    @Test
    void aRoleOrADepartmentNamesNoOne() {
        Transcript t = Calls.transcript("Lena Park: we ship about six hundred orders a week from two warehouses",
                "Sam Ortiz: and finance signs off anything over ten thousand?", "Lena Park: yes");
        assertThat(Calls.holding(t, "Customer confirmed about 600 orders a week from two warehouses.")).isEmpty();
        // a role word in front of a name does not vouch for the name
        assertThat(Calls.holding(t, "Customer contact Maria Lopez confirmed about 600 orders a week.")).isNotEmpty();
    }

    @Test
    void aConnectiveOpeningASentenceIsNotPartOfTheNameAfterIt() {
        Transcript t = Calls.transcript("Sam Ortiz: so rather than the nightly export omar will fix the label print today",
                "Lena Park: good");
        assertThat(Calls.holding(t, "Instead Omar fixes the label print today.")).isEmpty();
        assertThat(Calls.holding(t, "Instead Priya fixes the label print today.")).isNotEmpty();
    }

    @Test
    void theCommonAcronymsOfTradeAndTheirPluralsNameNoOne() {
        Transcript t = Calls.transcript("Sam Ortiz: i'll load a sample catalogue with some of your products for the demo",
                "Lena Park: great, we're closed on saint patrick's day though");
        assertThat(Calls.holding(t, "I'll load a sample catalogue with some of your SKUs for the demo.")).isEmpty();
        assertThat(Calls.holding(t, "You're closed on St Patrick's Day.")).isEmpty();
        assertThat(Calls.holding(t, "I'll load a sample catalogue from Ledgerpoint for the demo.")).isNotEmpty();
    }

    @Test
    void aWordSaidTwiceOverIsReadOnce() {
        Transcript t = Calls.transcript("Sam Ortiz: there's twelve percent off the first year if you sign by the the"
                + " twenty seventh which gives you a couple of weeks", "Lena Park: okay, noted.");
        assertThat(Calls.holding(t, "There's 12% off the first year if you sign by March 27.")).isEmpty();
        assertThat(Calls.holding(t, "There's 12% off the first year if you sign by March 20.")).isNotEmpty();
    }

    @Test
    void theWeekdayOfADateJustSaidIsNoOtherDate() {
        Transcript t = Calls.transcript("Sam Ortiz: the discount holds if you sign by the 27th, that's a friday",
                "Lena Park: okay, noted.");
        assertThat(Calls.holding(t, "The discount holds if you sign by Friday, March 27.")).isEmpty();
        // "that's a friday" is the 27th, not this week's Friday, the 13th
        assertThat(Calls.holding(t, "The discount holds if you sign by Friday, March 13.")).isNotEmpty();
    }

    @Test
    void anHourWithItsZoneIsATime() {
        Transcript t = Calls.transcript("Sam Ortiz: when shall we go through the answers, monday the sixteenth?",
                "Lena Park: eleven pacific on monday works, and tuesday at 2 london time for the partners");
        assertThat(Calls.holding(t, "We go through the answers on Monday, March 16, at 11:00 Pacific.")).isEmpty();
        assertThat(Calls.holding(t, "The partners join on Tuesday at 2 p.m. London time.")).isEmpty();
        assertThat(Calls.holding(t, "We go through the answers on Monday, March 16, at 10:00 Pacific.")).isNotEmpty();
    }

    @Test
    void aNoThatGoesOnToSayTheClaimAnswersTheQuestionNotTheClaim() {
        Transcript t = Calls.transcript("Lena Park: And the label sync, is that extra?",
                "Sam Ortiz: No, the label sync is included in the store price.");
        assertThat(Calls.holding(t, "The label sync is included in the store price.")).isEmpty();
        assertThat(Calls.holding(t, "The label sync is not included in the store price.")).isNotEmpty();
    }

    @Test
    void coordinatedSubjectsShareTheDenialAfterThem() {
        Transcript t = Calls.transcript("Sam Ortiz: And the audit module, the Part 11 one, do you need it?",
                "Lena Park: No. We do not do clinical work, so we do not need it.");
        assertThat(Calls.holding(t, "The Part 11 audit module and room booking are not needed.")).isEmpty();
        assertThat(Calls.holding(t, "The Part 11 audit module is needed.")).isNotEmpty();
        // a fragment with a verb of its own is still a claim of its own
        assertThat(ClaimSplitter.clauses("The budget is approved and Omar will sign the order next week."))
                .containsExactly("The budget is approved", "Omar will sign the order next week.");
    }

    @Test
    void aResultClauseHasItsOwnPolarity() {
        Transcript t = Calls.transcript("Lena Park: The signed order form needs to be back by Friday the thirteenth so there is"
                + " no gap.", "Sam Ortiz: Understood.");
        assertThat(Calls.holding(t, "The signed order form needs to be back by Friday the 13th.")).isEmpty();
        assertThat(Calls.holding(t, "The signed order form is back by Friday the 13th.")).isEmpty();
        // a denial in the main clause still denies it
        Transcript notSigned = Calls.transcript("Lena Park: The order form is not signed yet, so there is a gap in the"
                + " service.", "Sam Ortiz: Understood.");
        assertThat(Calls.holding(notSigned, "The order form is signed, so there is no gap in the service.")).isNotEmpty();
    }

    @Test
    void aNegatedModalAfterYouStartsASpokenClause() {
        Transcript t = Calls.transcript("Sam Ortiz: so the interchange feed is included the car location messages come in"
                + " automatically you wouldn't key those in anymore", "Lena Park: okay good");
        assertThat(Calls.holding(t, "The interchange feed is included, so car location messages come in automatically."))
                .isEmpty();
    }

    @Test
    void whatASpeakerAsksOfTheOtherSideIsNotPartOfTheirOwnPromise() {
        Transcript t = Calls.transcript("Sam Ortiz: And for the rollout, Lena, if you can send me an export of the store"
                + " orders, the last twelve months is plenty, I'll use it to build the rollout plan.",
                "Lena Park: I can get you the export by Friday, and I'll send it to both of you.");
        assertThat(Calls.holding(t, "Lena will send the last twelve months of store orders by Friday.")).isEmpty();
        Transcript record = Calls.transcript("Sam Ortiz: Shall we run the training on the nineteenth?",
                "Lena Park: I can't do the nineteenth, I'm at the auditors all day. Record it and I'll watch it after.");
        assertThat(Calls.holding(record, "I'll record the training for Lena.")).isEmpty();
        // the speaker's own promise is still theirs
        assertThat(Calls.holding(t, "Lena will build the rollout plan.")).isNotEmpty();
    }

    @Test
    void aLabelOverAStatementOfFactPromisesNothing() {
        Transcript t = Calls.transcript("Lena Park: are the isolation forms included?", "Sam Ortiz: yes it's included lena"
                + " the isolation forms all of it and if you send me your current forms we'll build them in",
                "Lena Park: great, thanks");
        assertThat(Calls.holding(t, "Your part: the isolation forms are included.")).isEmpty();
        // a label over a task still gives the task its owner
        assertThat(Calls.holding(t, "Omar: send the current isolation forms.")).isNotEmpty();
    }

    @Test
    void aWeekdaySaidOfWhatWasDoneIsTheLastSuchDay() {
        Transcript t = Calls.transcript("Lena Park: the release went out on thursday and the sync stopped, we noticed the"
                + " double bookings on friday morning", "Sam Ortiz: and the hotfix will go out on friday");
        assertThat(Calls.holding(t, "Thursday, March 5: the release went out and the sync stopped.")).isEmpty();
        assertThat(Calls.holding(t, "Friday, March 6: you noticed the double bookings in the morning.")).isEmpty();
        assertThat(Calls.holding(t, "Wednesday, March 4: the release went out and the sync stopped.")).isNotEmpty();
        // what is still to be done keeps the next such day
        assertThat(Calls.holding(t, "The hotfix goes out on Friday, March 6.")).isNotEmpty();
    }
}
