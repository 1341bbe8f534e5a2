package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import org.junit.jupiter.api.Test;

/**
 * The rules of the fourth round (docs/EVALUATION.md, "Verifier"), read from the third and fifth unseen sets: each
 * must hold one draft and pass another. The meeting is Tuesday 2026-03-10.
 */
class FourthRoundRulesTest {

    @Test
    void aNegationDeniesThePredicateItGovernsNotEveryWordAfterIt() {
        Transcript t = Calls.transcript("Lena Park: Omar won't sign anything before the committee has voted.",
                "Sam Ortiz: Understood.", "Lena Park: And I can't promise the refund myself, that's for finance.");
        assertThat(Calls.holding(t, "The committee votes first, and then the contract goes to Omar.")).isEmpty();
        assertThat(Calls.holding(t, "You asked about the refund; finance decides.")).isEmpty();
        assertThat(Calls.holding(t, "Omar has already signed the contract.")).isNotEmpty();
    }

    @Test
    void aLightVerbOrAPromiseHandsTheDenialToItsObject() {
        Transcript t = Calls.transcript("Sam Ortiz: Our standard is net thirty. I can't promise forty-five.",
                "Lena Park: We don't take vendor presentations at the board.");
        assertThat(Calls.holding(t, "Net 45 is fine for you.")).isNotEmpty();
        assertThat(Calls.holding(t, "Vendor presentations at the board are welcome.")).isNotEmpty();
        assertThat(Calls.holding(t, "Here is a summary of what we covered about the board.")).isEmpty();
    }

    @Test
    void whatFollowsTheNegatorCanTieItToTheClaimWithoutTheVerb() {
        Transcript t = Calls.transcript("Lena Park: No. The county is not buying new radio handsets this year.",
                "Sam Ortiz: Understood.");
        assertThat(Calls.holding(t, "Good news that new radio handsets are in this year's budget.")).isNotEmpty();
    }

    @Test
    void notWrongSaysRight() {
        Transcript t = Calls.transcript("Omar Diaz: The printed label is wrong. The weights in the system are not wrong,"
                + " they're the live readings.", "Lena Park: Good.");
        assertThat(Calls.holding(t, "The weights in the system are correct; only the printed label is off.")).isEmpty();
    }

    @Test
    void aClauseThatSetsAConditionAssertsNothing() {
        Transcript t = Calls.transcript("Sam Ortiz: Shall we plan the training?",
                "Lena Park: Maybe in May. I don't even know who I'm hiring yet.",
                "Sam Ortiz: Fair enough, we'll pick it back up in May.");
        assertThat(Calls.holding(t, "We'll pick the training back up in May, once you know who you're hiring.")).isEmpty();
    }

    @Test
    void notYetIsNoDenialOfALaterDate() {
        Transcript t = Calls.transcript("Sam Ortiz: Writing invoices back to your ledger isn't there yet, that comes"
                + " with our version six release in June.", "Lena Park: Okay.");
        assertThat(Calls.holding(t, "Writing invoices back to your ledger arrives with version 6 in June.")).isEmpty();
        assertThat(Calls.holding(t, "Writing invoices back to your ledger works today.")).isNotEmpty();
    }

    @Test
    void versionsYearsAndHundredsSaidInWords() {
        Transcript t = Calls.transcript("Omar Diaz: Since version four point twelve the labels are off.",
                "Lena Park: Is four point thirteen out?",
                "Lena Park: Can we bring in the twenty twenty-eight bookings?",
                "Omar Diaz: I'll send the list of the hundred and forty-two orders today.");
        assertThat(Calls.holding(t, "Since 4.12 the labels are off.")).isEmpty();
        assertThat(Calls.holding(t, "Since 4.21 the labels are off.")).isNotEmpty();
        assertThat(Calls.holding(t, "We can bring your 2028 bookings in.")).isEmpty();
        assertThat(Calls.holding(t, "Omar sends the 142 orders today.")).isEmpty();
        assertThat(Calls.holding(t, "Omar sends the 124 orders today.")).isNotEmpty();
    }

    @Test
    void aFigureAndAHalfOfAThousand() {
        Transcript t = Calls.transcript("Sam Ortiz: There's a one-off setup of two and a half thousand.",
                "Lena Park: Okay.");
        assertThat(Calls.holding(t, "There is a one-off setup fee of $2,500.")).isEmpty();
        assertThat(Calls.holding(t, "There is a one-off setup fee of $3,500.")).isNotEmpty();
    }

    @Test
    void whatIsLeftOfADiscountIsThatDiscount() {
        Transcript t = Calls.transcript("Lena Park: Members get thirty percent off, that's in our charter.",
                "Sam Ortiz: That's a standard rule for us.");
        assertThat(Calls.holding(t, "Members pay seventy percent of the standard price.")).isEmpty();
        assertThat(Calls.holding(t, "Members pay sixty percent of the standard price.")).isNotEmpty();
    }

    @Test
    void theSumOfTwoLikeCountsSaidInOneTurn() {
        Transcript t = Calls.transcript("Lena Park: The north depot takes thirty-six vans, the south twenty-four.",
                "Omar Diaz: The outage lasted three hours, and the reply took two days.");
        assertThat(Calls.holding(t, "Across both depots you have sixty vans.")).isEmpty();
        assertThat(Calls.holding(t, "Across both depots you have seventy vans.")).isNotEmpty();
        assertThat(Calls.holding(t, "The outage lasted five hours.")).isNotEmpty();
    }

    @Test
    void aMeetingAgreedAsGettingBackTogetherAtAHyphenatedTime() {
        Transcript t = Calls.transcript("Sam Ortiz: Shall we get back together once Omar has read the quote? Thursday the"
                + " twelfth?", "Omar Diaz: Thursday the twelfth, three-thirty works for me.", "Sam Ortiz: Done.");
        assertThat(Calls.holding(t, "Next meeting: Thursday, March 12 at 3:30 pm.")).isEmpty();
        assertThat(Calls.holding(t, "Next meeting: Thursday, March 12 at 4:30 pm.")).isNotEmpty();
    }

    @Test
    void aDeclinedOfferOfAMeetingOfThatKindOutranksAnotherMeeting() {
        Transcript t = Calls.transcript("Sam Ortiz: Would a reference call help? I could set one up with a customer.",
                "Lena Park: No need, I know their CFO, I'll ring her myself.",
                "Sam Ortiz: Fair enough. Shall we get back together Thursday the twelfth at four?",
                "Lena Park: Four works.");
        assertThat(Calls.holding(t, "I'll set up a reference call with one of our customers early next week.")).isNotEmpty();
        assertThat(Calls.holding(t, "We get back together on Thursday, March 12 at 4 pm.")).isEmpty();
    }

    @Test
    void whatTheCustomerWillGetFromMeIsMine() {
        Transcript t = Calls.transcript("Sam Ortiz: I'll send you the incident report by Friday.", "Lena Park: Thanks.");
        assertThat(Calls.holding(t, "You'll also get the incident report from me by Friday.")).isEmpty();
        assertThat(Calls.holding(t, "You will have the incident report by Friday.")).isEmpty();
        Transcript theirs = Calls.transcript("Lena Park: Send me the revised order and I'll get it through our approvals.",
                "Sam Ortiz: Will do.");
        assertThat(Calls.holding(theirs, "You will get it through your approvals.")).isEmpty();
    }
}
