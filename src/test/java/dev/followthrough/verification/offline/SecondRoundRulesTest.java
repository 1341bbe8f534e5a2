package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import dev.followthrough.text.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules added in the second round (docs/EVALUATION.md, "Verifier"): each must flag one draft and pass another. */
class SecondRoundRulesTest {

    private static List<?> problems(Transcript t, String body) {
        return Calls.problems(Calls.check(t, body));
    }

    @Test
    void whatIsOnTheRoadmapIsNotAvailableNow() {
        Transcript t = Calls.transcript("Lena Park: Does it push orders into Ledgerly?",
                "Sam Ortiz: Not natively. A Ledgerly connector is on our roadmap for the second quarter.",
                "Lena Park: Okay, a CSV export works for now.");
        assertThat(problems(t, "Orders already sync into Ledgerly out of the box.")).isNotEmpty();
        assertThat(problems(t, "A Ledgerly connector is planned for the second quarter; for now it's a CSV export."))
                .isEmpty();
    }

    @Test
    void whatTheCustomerWillThinkAboutIsNotDecided() {
        Transcript t = Calls.transcript("Sam Ortiz: With a two-year term I can hold the price at forty a seat.",
                "Lena Park: We'll think about two years. I'm not committing to that today.");
        assertThat(problems(t, "Glad you're going ahead with the two-year term.")).isNotEmpty();
        assertThat(problems(t, "You'll think about the two-year term.")).isEmpty();
    }

    @Test
    void aTimeTheCallRuledOutOrAFloorMadeADeadline() {
        Transcript t = Calls.transcript("Sam Ortiz: Would you want the warehouses covered as well?",
                "Lena Park: Not this year. Trucks first.",
                "Omar Diaz: And the fix for the scanner bug?",
                "Sam Ortiz: Not before March 20, honestly.");
        assertThat(problems(t, "The warehouses follow later this year.")).isNotEmpty();
        assertThat(problems(t, "The scanner fix is due by March 20.")).isNotEmpty();
        assertThat(problems(t, "The scanner fix will come on March 20 at the earliest.")).isEmpty();
    }

    @Test
    void wordsPutInTheWrongSpeakersMouth() {
        Transcript t = Calls.transcript("Sam Ortiz: Thanks both.",
                "Lena Park: We throw away about thirty percent of the produce in the summer heat.",
                "Omar Diaz: I run the depots; the drivers only have basic phones.");
        assertThat(problems(t, "Omar estimates that about thirty percent of the produce is thrown away in summer."))
                .isNotEmpty();
        assertThat(problems(t, "Lena estimates that about thirty percent of the produce is thrown away in summer."))
                .isEmpty();
    }

    @Test
    void anInventedNameAtTheStartOfASentenceIsStillAName() {
        Transcript t = Calls.transcript("Lena Park: We lose about a fifth of the stock.");
        assertThat(problems(t, "Joseph estimates that about a fifth of the stock is lost.")).isNotEmpty();
    }

    @Test
    void aPromiseTheSpeakerDeclinedToMake() {
        Transcript t = Calls.transcript("Lena Park: We expect a service credit for the outage.",
                "Sam Ortiz: I can't commit to a credit on this call. I'll come back to you by Monday.");
        assertThat(problems(t, "We will credit you for the outage weeks.")).isNotEmpty();
        assertThat(problems(t, "I can't promise a credit yet, but I'll come back to you by Monday.")).isEmpty();
    }

    @Test
    void theOneWhoDoesThisKindOfThingIsTheOneWhoPromised() {
        Transcript t = Calls.transcript("Sam Ortiz: I'll email you the application form today.",
                "Lena Park: Great, I'll fill it out myself.");
        assertThat(problems(t, "I'll fill in the application on your behalf.")).isNotEmpty();
        assertThat(problems(t, "You'll fill in the application once I've emailed the form.")).isEmpty();
    }

    @Test
    void aDenialOfAnyoneCoversTheNamedOne() {
        Transcript t = Calls.transcript("Lena Park: Policy needs three bids, and we haven't shortlisted anyone yet.");
        assertThat(problems(t, "Vantage is already on your shortlist.")).isNotEmpty();
    }

    @Test
    void aConditionalNegationDeniesNothing() {
        Transcript t = Calls.transcript("Lena Park: If we don't have a better offer by March 31, we'll move to Quayside.");
        assertThat(problems(t, "Unless you have a better offer by March 31, you will move to Quayside.")).isEmpty();
    }

    @Test
    void aRetractedFigureIsNotWhatWasSaid() {
        Transcript t = Calls.transcript("Lena Park: We've got fourteen, no, sixteen trucks now.");
        assertThat(problems(t, "You run 16 trucks.")).isEmpty();
        assertThat(problems(t, "You run 14 trucks.")).isNotEmpty();
    }

    @Test
    void durationsVersionsAndHoursAreNotCounts() {
        Transcript t = Calls.transcript("Sam Ortiz: The reminder goes out forty-eight hours before.",
                "Sam Ortiz: Tonight, after ten p.m., we roll the nine gateways back to 4.1.");
        assertThat(problems(t, "The reminder goes out two days before.")).isEmpty();
        assertThat(problems(t, "The reminder goes out three days before.")).isNotEmpty();
        assertThat(problems(t, "Tonight, after ten, the nine gateways go back to 4.1.")).isEmpty();
    }

    @Test
    void aWeekdayWithItsDayOfMonthAndARecapOfTheMeetingDay() {
        LocalDate tuesday = Calls.MEETING;
        List<DateMention> d = Mentions.dates("Workshop: Thu 19th, 10am.", tuesday);
        assertThat(d).extracting(DateMention::date).containsExactly(LocalDate.of(2026, 3, 19));
        Transcript t = Calls.transcript("Sam Ortiz: I'll send the quote by Friday.");
        assertThat(problems(t, "Here is the summary of Tuesday's call: the quote comes by Friday.")).isEmpty();
    }

    @Test
    void onlyTheMeetingsOwnDayMustMatch() {
        Transcript t = Calls.transcript("Sam Ortiz: I'll send the setup guide by Friday.",
                "Lena Park: Let's do a check-in on March 24 at two p.m.",
                "Sam Ortiz: Perfect, I'll send the invite.");
        assertThat(problems(t, "I'll send the setup guide by March 13, and a check-in is booked for March 24 at 2 p.m."))
                .isEmpty();
        assertThat(problems(t, "A check-in is booked for March 25 at 2 p.m.")).isNotEmpty();
    }

    @Test
    void aWeakMatchIsANoteNotAFlag() {
        Transcript t = Calls.transcript("Lena Park: We ship frozen fish to forty restaurants.");
        var r = Calls.check(t, "That was a lively session with plenty of curiosity in the room.");
        assertThat(r.verdict()).isEqualTo(dev.followthrough.core.Verdict.CLEAN);
    }

    @Test
    void theValueOfALabelIsCheckedAsAName() {
        Transcript t = Calls.transcript("Sam Ortiz: We host in Frankfurt, in the EU.",
                "Lena Park: Good. And it works with SiteMinder?", "Sam Ortiz: Yes, SiteMinder is supported.");
        assertThat(problems(t, "- Hosting: Dublin (EU)")).isNotEmpty();
        assertThat(problems(t, "- Hosting: Frankfurt (EU)")).isEmpty();
        assertThat(problems(t, "- Channel manager: Cloudbeds, supported")).isNotEmpty();
        assertThat(problems(t, "- Channel manager: SiteMinder, supported")).isEmpty();
    }

    @Test
    void theRepsCompanyNameFromItsEmailDomainIsKnown() {
        Transcript t = Calls.transcript("Lena Park: Thanks for walking us through it.");
        var ctx = new dev.followthrough.core.CallContext(Calls.MEETING, "Sam Ortiz", "sam@spindleiq.example",
                List.of("Sam"), List.of(new dev.followthrough.core.Participant("Lena Park", "lena.park@kestrel.example",
                        dev.followthrough.core.Participant.Role.CUSTOMER)), "Kestrel Foods", "demo");
        var r = Calls.VERIFIER.check(t, ctx, new dev.followthrough.core.Draft("Spindle IQ: summary of today's call",
                "Thanks for walking us through it."), List.of());
        assertThat(Calls.problems(r)).isEmpty();
    }

    @Test
    void offByDefaultAgainstOnByDefault() {
        Transcript t = Calls.transcript("Sam Ortiz: Machine translation is optional and off by default.",
                "Lena Park: Then we keep it off.");
        assertThat(problems(t, "Machine translation is on by default, and you will keep it on.")).isNotEmpty();
        assertThat(problems(t, "Machine translation is optional and off by default, and you will keep it off."))
                .isEmpty();
    }

    @Test
    void aTotalOfAPriceTimesACountSaidAboutIt() {
        Transcript t = Calls.transcript("Lena Park: The pilot would need about forty sensors.",
                "Sam Ortiz: We lease them at thirty-five dollars per sensor per month.");
        assertThat(problems(t, "At that rate, the pilot would cost $1,400 per month.")).isEmpty();
        assertThat(problems(t, "At that rate, the pilot would cost $1,800 per month.")).isNotEmpty();
    }

    @Test
    void bulletsUnderADeclinedHeadingReportANo() {
        Transcript t = Calls.transcript("Sam Ortiz: We could also feature you in a case study.",
                "Lena Park: We don't do vendor case studies, no logos either.");
        assertThat(problems(t, "Not going ahead:\n- A case study or logo use.")).isEmpty();
        assertThat(problems(t, "Agreed:\n- A case study with your logo.")).isNotEmpty();
    }

    @Test
    void acknowledgementsAndHolidaysAreNotClaimsOrNames() {
        Transcript t = Calls.transcript("Lena Park: We don't do solar forecasting today.",
                "Lena Park: No installs in the week before Valentine's Day, please.");
        assertThat(problems(t, "I hear you on solar.")).isEmpty();
        assertThat(problems(t, "No installs in the week before Valentine's Day.")).isEmpty();
    }

    @Test
    void aListWithoutBulletsIsOneClaimALine() {
        Transcript t = Calls.transcript("Sam Ortiz: Kickoff on March 16 at 2 p.m., then the install on March 24.",
                "Lena Park: And training for twelve people on March 26.");
        var claims = new ClaimSplitter().split("16 Mar, 2pm - kickoff\n24 Mar - install\n26 Mar - training, 12 people");
        assertThat(claims).hasSize(3);
        assertThat(problems(t, "16 Mar, 2pm - kickoff\n24 Mar - install\n26 Mar - training, 14 people")).isNotEmpty();
    }

    @Test
    void sharesArticlesAndYearsAreNotFiguresToFind() {
        Transcript t = Calls.transcript("Lena Park: Twenty of the sixty vans come in March, the rest in September.",
                "Sam Ortiz: I'll send both documents in an email on Wednesday. Next year we add eight trucks.");
        assertThat(problems(t, "A third of your sixty vans come in March, two thirds in September.")).isEmpty();
        assertThat(problems(t, "Both documents come to you in one email on Wednesday.")).isEmpty();
        assertThat(problems(t, "Eight trucks are planned for 2027.")).isEmpty();
        assertThat(problems(t, "Nine trucks are planned for next year.")).isNotEmpty();
    }

    @Test
    void aRequestHandedToSomeoneElseIsTheirs() {
        Transcript t = Calls.transcript("Lena Park: Send me the notes.",
                "Sam Ortiz: Omar will send them the same day.");
        assertThat(problems(t, "Omar will send you the notes the same day.")).isEmpty();
    }

    @Test
    void aPriceInHundredsAndABareDayOfTheMonthTheCallNamed() {
        Transcript t = Calls.transcript("Sam Ortiz: Twelve clinics at one-eighty a month.",
                "Sam Ortiz: I'll get the letter to you by April 15th.");
        assertThat(problems(t, "That is 12 clinics at $180 per month.")).isEmpty();
        assertThat(problems(t, "That is 12 clinics at $190 per month.")).isNotEmpty();
        assertThat(problems(t, "The letter will be with you by the 15th.")).isEmpty();
    }

    @Test
    void moreSpokenFiguresAndDerivedAmounts() {
        Transcript t = Calls.transcript("Sam Ortiz: It's sixteen hundred per branch, and you have two-forty-six seats.",
                "Sam Ortiz: I can credit twenty-five percent of this month's fee, so nine hundred dollars.",
                "Sam Ortiz: The setup fee is fifteen hundred dollars, waived if you sign this month; the year is twelve thousand three hundred.");
        assertThat(problems(t, "It is $1,600 per branch for your 246 seats.")).isEmpty();
        assertThat(problems(t, "A 25% credit: $900 off this month's $3,600.")).isEmpty();
        assertThat(problems(t, "Without the $1,500 setup fee the first year is $10,800 instead of $12,300.")).isEmpty();
        assertThat(problems(t, "It is $1,700 per branch.")).isNotEmpty();
    }

    @Test
    void tooLongAndParkedAreNoes() {
        Transcript t = Calls.transcript("Lena Park: Three seasons is too long for us.",
                "Lena Park: Not now. We're not adding the scanning module this quarter. Park it.",
                "Lena Park: I think we lost two batches because nobody noticed the double booking.");
        assertThat(problems(t, "Three seasons were not acceptable to you.")).isEmpty();
        assertThat(problems(t, "The scanning module is parked for this quarter.")).isEmpty();
        assertThat(problems(t, "You think a double booking cost you two batches.")).isEmpty();
        assertThat(problems(t, "You're adding the scanning module this quarter.")).isNotEmpty();
    }
}
