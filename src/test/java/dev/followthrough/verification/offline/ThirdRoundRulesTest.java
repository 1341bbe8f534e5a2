package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Finding;
import dev.followthrough.core.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the third round (docs/EVALUATION.md, "Verifier"): each must hold one draft and pass another. The
 * meeting is Tuesday 2026-03-10, so "Friday" is March 13.
 */
class ThirdRoundRulesTest {

    /** The findings that hold the call for a human (a LOW "nothing close" note does not). */
    @Test
    void aWeekdayAndADateThatCannotBothBeRight() {
        Transcript t = Calls.transcript("Sam Ortiz: I'll send the pricing by Friday.", "Lena Park: Great.");
        assertThat(Calls.holding(t, "You'll have the pricing by Friday, the 14th.")).isNotEmpty();
        assertThat(Calls.holding(t, "You'll have the pricing by Friday, March 14.")).isNotEmpty();
        assertThat(Calls.holding(t, "You'll have the pricing by Friday, the 13th.")).isEmpty();
        assertThat(Calls.holding(t, "You'll have the pricing by Fri 13 March.")).isEmpty();
    }

    @Test
    void theDateAgreesWithTheCallButNotWithItsWeekday() {
        // March 14 is a Saturday: the date matches what was said, the weekday written next to it cannot
        Transcript t = Calls.transcript("Sam Ortiz: I'll send the pricing on March 14.", "Lena Park: Great.");
        List<Finding> monthFirst = Calls.holding(t, "You'll have the pricing on Friday, March 14.");
        assertThat(monthFirst).extracting(Finding::reason).containsExactly(
                "The draft says \u201Con Friday, March 14\u201D, but March 14 is a Saturday: the weekday or the date is wrong.");
        assertThat(Calls.holding(t, "You'll have the pricing on Friday 14 March.")).extracting(Finding::reason)
                .anyMatch(r -> r.contains("March 14 is a Saturday"));
        assertThat(Calls.holding(t, "You'll have the pricing on Saturday, March 14.")).isEmpty();
    }

    @Test
    void aWrongPairTheCallSaidItselfIsRepeatedFaithfully() {
        Transcript monthFirst = Calls.transcript("Sam Ortiz: I'll send the pricing by Friday, March 14.", "Lena Park: Great.");
        assertThat(Calls.holding(monthFirst, "You'll have the pricing by Friday, March 14.")).isEmpty();
        Transcript bareDay = Calls.transcript("Sam Ortiz: I'll send the pricing by Friday the 14th.", "Lena Park: Great.");
        assertThat(Calls.holding(bareDay, "You'll have the pricing by Friday the 14th.")).isEmpty();
        // the same words after a call that said only "Friday" are the draft's own
        Transcript friday = Calls.transcript("Sam Ortiz: I'll send the pricing by Friday.", "Lena Park: Great.");
        assertThat(Calls.holding(friday, "You'll have the pricing by Friday the 14th.")).extracting(Finding::reason)
                .containsExactly("The draft says \u201Cby Friday the 14th\u201D, but March 14 is a Saturday: the weekday or the date"
                        + " is wrong.");
    }

    @Test
    void aTotalMustBeThePriceTimesTheCountBeforeIt() {
        Transcript t = Calls.transcript("Sam Ortiz: It's forty-five dollars a user per month.",
                "Lena Park: We have twelve users, maybe a thirteenth later.");
        assertThat(Calls.holding(t, "At $45 a user, your 12 users come to $480 a month.")).isNotEmpty();
        assertThat(Calls.holding(t, "At $45 a user, your 12 users come to $540 a month, or $585 with a thirteenth."))
                .isEmpty();
        assertThat(Calls.holding(t, "At $45 a user, your 12 users come to $6,480 a year.")).isEmpty();
    }

    @Test
    void aMeetingTimeThatWasMovedOnTheCall() {
        Transcript t = Calls.transcript("Sam Ortiz: Can we talk again Thursday at three p.m.?",
                "Lena Park: Three is bad, four works.", "Sam Ortiz: Four p.m. Thursday it is.");
        assertThat(Calls.holding(t, "Talk Thursday at 3pm.")).isNotEmpty();
        assertThat(Calls.holding(t, "Talk Thursday at 4pm.")).isEmpty();
    }

    @Test
    void aDeliverablesDayIsNotAMeetingsDay() {
        Transcript t = Calls.transcript("Lena Park: Send the contract.", "Sam Ortiz: I'll send it Wednesday.",
                "Omar Diaz: And I'll send the store list next week.",
                "Sam Ortiz: Should we book a kickoff for the 20th?", "Lena Park: Yes, the 20th at nine.");
        assertThat(Calls.holding(t, "Quick call Wednesday about the contract, then kickoff on the 20th at 9am.")).isNotEmpty();
        assertThat(Calls.holding(t, "The contract comes Wednesday, then kickoff on the 20th at 9am.")).isEmpty();
    }

    @Test
    void willingnessAboutWhatTheCustomerTurnedDown() {
        Transcript t = Calls.transcript("Sam Ortiz: Would you consider a two-year term?",
                "Lena Park: I'm not signing two years. One year, and then we'll see.",
                "Sam Ortiz: And a case study?", "Omar Diaz: We don't do vendor case studies.");
        assertThat(Calls.holding(t, "You're open to a two-year term.")).isNotEmpty();
        assertThat(Calls.holding(t, "Kestrel is happy to take part in a short case study.")).isNotEmpty();
        assertThat(Calls.holding(t, "You're open to a one-year term.")).isEmpty();
    }

    @Test
    void aHedgedFigureTakesTheUnitAndScaleOfItsNeighbour() {
        Transcript t = Calls.transcript("Lena Park: The outage cost us about three hours, maybe closer to four.",
                "Omar Diaz: We budgeted around sixty thousand for the year. Maybe sixty-five.");
        assertThat(Calls.holding(t, "The outage cost about three hours, possibly closer to four.")).isEmpty();
        assertThat(Calls.holding(t, "The budget is around $60,000 a year, possibly $65,000.")).isEmpty();
        assertThat(Calls.holding(t, "The budget is around $60,000 a year, possibly $80,000.")).isNotEmpty();
    }

    @Test
    void whatTheCustomerAsksTheRepToDoIsTheRepsToDo() {
        Transcript t = Calls.transcript("Sam Ortiz: Shall I book a review call?",
                "Lena Park: No, don't book anything yet. Just email me the offer.",
                "Sam Ortiz: Understood. I'll get Omar into the beta by Friday.");
        assertThat(Calls.holding(t, "I'll email you the offer.")).isEmpty();
        assertThat(Calls.holding(t, "Lena will email me the offer.")).isNotEmpty();
    }

    @Test
    void aSentenceThatLooksBackNamesNoNextMeeting() {
        Transcript t = Calls.transcript("Lena Park: The app crashed twice in February, and on the fourteenth the sync"
                + " outage cost us a morning.", "Sam Ortiz: Sorry about that. Next call on the 17th at ten?",
                "Lena Park: Yes.");
        assertThat(Calls.holding(t, "Thanks for a productive session on Tuesday.")).isEmpty();
        assertThat(Calls.holding(t, "The sync outage on February 14 cost you a morning.")).isEmpty();
        assertThat(Calls.holding(t, "The sync outage on February 15 cost you a morning.")).isNotEmpty();
    }

    @Test
    void aFigureAfterTheSameWordIsTheSameFigure() {
        Transcript t = Calls.transcript("Lena Park: We'd want net sixty on payment.",
                "Sam Ortiz: The platform fee is nine thousand over two seasons.",
                "Sam Ortiz: I can do net forty-five.", "Lena Park: Forty-five is acceptable.");
        assertThat(Calls.holding(t, "Terms: $9k platform fee over two seasons, net 45.")).isEmpty();
        assertThat(Calls.holding(t, "Terms: $9k platform fee over two seasons, net 30.")).isNotEmpty();
    }

    @Test
    void aHeadingWithoutAColonStillHeadsItsList() {
        Transcript t = Calls.transcript("Sam Ortiz: Would you be open to a case study, using your logo?",
                "Lena Park: No, we'd rather not.");
        assertThat(Calls.holding(t, "Declined\n- A case study using your logo.")).isEmpty();
        assertThat(Calls.holding(t, "Agreed\n- A case study using your logo.")).isNotEmpty();
    }

    @Test
    void linesWithoutFullStopsAreOneClaimEach() {
        String body = "Timeline\n1 Mar - contract start (12 mo)\n4 Mar, 2pm - kickoff call\n12 Mar - install, 48 sensors.\n"
                + "$9/sensor/month, 4 gateways.";
        assertThat(new ClaimSplitter().split(body)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void anExactDateSaidAboutTheThingOutweighsASpanThatCoversTheDraftsDate() {
        Transcript t = Calls.transcript("Lena Park: Since Thursday the card payments fail. Over the weekend it got worse.",
                "Omar Diaz: We need a written incident report for the board.",
                "Sam Ortiz: You'll have the incident report by Wednesday.");
        assertThat(Calls.holding(t, "You'll have the written incident report by Friday.")).isNotEmpty();
        assertThat(Calls.holding(t, "You'll have the written incident report by Wednesday.")).isEmpty();
        // the draft that names the call's own span ("this week") with its date repeats it, whatever else is near
        Transcript week = Calls.transcript("Sam Ortiz: I will open a support ticket on your behalf today, and I will"
                + " ask the support team to look at it.", "Lena Park: Good. Sometime this week would be great.");
        assertThat(Calls.holding(week, "I will ask the support team to look at it this week (March 13).")).isEmpty();
    }

    @Test
    void anAcronymOfWordsSaidOnTheCallIsNotAnInventedName() {
        Transcript t = Calls.transcript("Sam Ortiz: I'll send the root cause analysis by Friday.");
        assertThat(Calls.holding(t, "The RCA comes by Friday.")).isEmpty();
        assertThat(Calls.holding(t, "The QXR comes by Friday.")).isNotEmpty();
    }
}
