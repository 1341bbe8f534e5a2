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
}
