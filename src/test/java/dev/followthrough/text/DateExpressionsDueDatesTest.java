package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out due-date expressions: how people say deadlines on calls, written from general usage (not from the golden
 * calls) before any rule was tuned, with meetings on different weekdays and across month and year ends. The deadline
 * of a sentence is its last resolved date ({@link DateExpressions#last}); an empty expectation means the words are
 * ambiguous and must give no date rather than a wrong one.
 */
class DateExpressionsDueDatesTest {

    @Test
    void meetingWeekdaysAreWhatTheCasesAssume() {
        assertThat(LocalDate.of(2026, 12, 17).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(LocalDate.of(2026, 1, 30).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(LocalDate.of(2026, 3, 30).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2026, 12, 30).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(LocalDate.of(2026, 2, 28).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.of(2026, 6, 30).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(LocalDate.of(2026, 11, 3).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I'll send the proposal over by Monday.                           | 2026-12-17 | 2026-12-21
            Can you get it to me by the 14th?                                | 2026-12-17 | 2027-01-14
            Let's aim for Thursday.                                          | 2026-12-17 | 2026-12-24
            I'll have the contract back to you by end of next week.          | 2026-12-17 | 2026-12-25
            We'll circle back with the figures early next month.             | 2026-12-17 | 2027-01-10
            I'll get you pricing first thing Monday.                         | 2026-12-17 | 2026-12-21
            I'll send the revised quote over in two weeks.                   | 2026-12-17 | 2026-12-31
            You'll have the notes by EOD.                                    | 2026-12-17 | 2026-12-17
            I'll have the deck ready by the time we meet on the 9th.         | 2026-12-17 | 2027-01-09
            We need the numbers before the board meeting on January 12.      | 2026-12-17 | 2027-01-12
            Send it over next Tuesday.                                       | 2026-12-17 | 2026-12-22
            Let's do Wednesday the 6th.                                      | 2026-12-17 | 2027-01-06
            I'll get it to you a week from Monday.                           | 2026-12-17 | 2026-12-28
            I'll get it to you Friday EOD.                                   | 2026-12-17 | 2026-12-18
            I can have it by end of day tomorrow.                            | 2026-12-17 | 2026-12-18
            I'll send the summary by mid-January.                            | 2026-12-17 | 2027-01-15
            I'll have the redlines by close of business Friday.              | 2026-12-17 | 2026-12-18
            I'll loop in legal by Jan 5th.                                   | 2026-12-17 | 2027-01-05
            I'll send the SOW by Monday.                                     | 2026-01-30 | 2026-02-02
            We can get the trial set up on the 3rd.                          | 2026-01-30 | 2026-02-03
            I'll have the security review done by the end of next week.      | 2026-01-30 | 2026-02-06
            Expect the invoice by end of month.                              | 2026-01-30 | 2026-01-31
            We'll have a decision by the end of February.                    | 2026-01-30 | 2026-02-28
            How about Thursday the 5th for the demo?                         | 2026-01-30 | 2026-02-05
            We'll have it installed within 10 business days.                 | 2026-01-30 | 2026-02-13
            I'll have an answer two weeks from today.                        | 2026-01-30 | 2026-02-13
            I'll confirm the budget by Wednesday.                            | 2026-03-30 | 2026-04-01
            I'll get the signed copy back to you by the 2nd.                 | 2026-03-30 | 2026-04-02
            I'll finish the pilot report by the end of the week.             | 2026-03-30 | 2026-04-03
            Let's reconvene next Monday.                                     | 2026-03-30 | 2026-04-06
            I'll send the data this Friday.                                  | 2026-03-30 | 2026-04-03
            I'll have the rollout plan by the end of next month.             | 2026-03-30 | 2026-04-30
            I'll have it to you by Friday the 10th.                          | 2026-03-30 | 2026-04-10
            The deadline for the forms is Tuesday, April 7.                  | 2026-03-30 | 2026-04-07
            Can we get the PO by 4/15?                                       | 2026-03-30 | 2026-04-15
            I'll get the references to you Monday end of day.                | 2026-03-30 | 2026-04-06
            I'll send the renewal terms by Friday.                           | 2026-12-30 | 2027-01-01
            I'll have the updated contract to you by the 5th.                | 2026-12-30 | 2027-01-05
            We'll finish onboarding by the end of January.                   | 2026-12-30 | 2027-01-31
            I'll have the forecast by the end of Q1.                         | 2026-12-30 | 2027-03-31
            I'll call you first thing tomorrow.                              | 2026-12-30 | 2026-12-31
            I'll get back to you on Monday.                                  | 2026-02-28 | 2026-03-02
            Let's review it next Friday.                                     | 2026-02-28 | 2026-03-06
            I'll send the draft by the 1st.                                  | 2026-02-28 | 2026-03-01
            We'll have the integration ready by the 31st.                    | 2026-02-28 | 2026-03-31
            I'll confirm by Thursday, July 2nd.                              | 2026-06-30 | 2026-07-02
            We'll have the migration plan by the end of next quarter.        | 2026-06-30 | 2026-09-30
            I'll send the agenda tomorrow morning.                           | 2026-06-30 | 2026-07-01
            I'll get you the quote by noon tomorrow.                         | 2026-06-30 | 2026-07-01
            Can you have the logo files by Tuesday the 31st?                 | 2026-03-30 | 2026-03-31
            I'll send the proposal by Monday the 14th.                       | 2026-11-03 | 2026-12-14
            Let's regroup two weeks from Friday.                             | 2026-11-03 | 2026-11-20
            I'll have the pricing to you by the fourteenth.                  | 2026-11-03 | 2026-11-14
            """)
    void resolvesTheDeadline(String text, LocalDate meeting, LocalDate expected) {
        Optional<DateMention> due = DateExpressions.last(text, meeting);
        assertThat(due).as("a date in '%s'", text).isPresent();
        assertThat(due.get().date()).as(text).isEqualTo(expected);
        assertThat(text.substring(due.get().start(), due.get().end())).isEqualTo(due.get().surface());
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} -> no date")
    @CsvSource(delimiter = '|', textBlock = """
            I'll send the proposal by Friday the 14th.                       | 2026-11-03
            Let's meet Wednesday the 12th.                                   | 2026-03-30
            I'll get it to you as soon as I can.                             | 2026-12-17
            We'll sort that out at some point.                               | 2026-01-30
            """)
    void ambiguousWordsGiveNoDate(String text, LocalDate meeting) {
        assertThat(DateExpressions.last(text, meeting)).as(text).isEmpty();
    }

    @Test
    void spansStayApproximateAndNamedDaysExact() {
        LocalDate thursday = LocalDate.of(2026, 12, 17);
        assertThat(DateExpressions.last("early next month", thursday)).get()
                .extracting(DateMention::approximate).isEqualTo(true);
        assertThat(DateExpressions.last("by the end of next week", thursday)).get()
                .extracting(DateMention::approximate).isEqualTo(false);
        assertThat(DateExpressions.last("Friday EOD", thursday)).get()
                .extracting(DateMention::approximate).isEqualTo(false);
    }
}
