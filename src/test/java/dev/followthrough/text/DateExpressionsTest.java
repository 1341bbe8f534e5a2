package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

    /** A Tuesday. */
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 3);

    private static DateMention only(String text) {
        List<DateMention> all = DateExpressions.find(text, MEETING);
        assertThat(all).as("mentions in '%s'", text).hasSize(1);
        return all.get(0);
    }

    @Test
    void meetingIsATuesday() {
        assertThat(MEETING.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'll send it Friday                      | 2026-11-06 | false
            I'll send it by Friday.                  | 2026-11-06 | false
            we can do this Friday                    | 2026-11-06 | false
            let's meet next Friday                   | 2026-11-13 | false
            how about Friday next week               | 2026-11-13 | false
            we spoke last Friday                     | 2026-10-30 | false
            on Tuesday we regroup                    | 2026-11-10 | false
            send it today                            | 2026-11-03 | false
            I'll have it to you by EOD               | 2026-11-03 | false
            by the end of the day                    | 2026-11-03 | false
            tomorrow works                           | 2026-11-04 | false
            by end of week                           | 2026-11-06 | false
            by the end of this week                  | 2026-11-06 | false
            sometime next week                       | 2026-11-13 | true
            early next week                          | 2026-11-10 | true
            by the end of next week                  | 2026-11-13 | false
            end of the month                         | 2026-11-30 | false
            by the end of the month                  | 2026-11-30 | false
            next month                               | 2026-12-31 | true
            in two weeks                             | 2026-11-17 | false
            in 3 days                                | 2026-11-06 | false
            within a week                            | 2026-11-10 | false
            in a couple of weeks                     | 2026-11-17 | true
            in five business days                    | 2026-11-10 | false
            December 3rd                             | 2026-12-03 | false
            3 December                               | 2026-12-03 | false
            the third of December                    | 2026-12-03 | false
            Dec 3                                    | 2026-12-03 | false
            December 3, 2027                         | 2027-12-03 | false
            12/03                                    | 2026-12-03 | false
            2026-12-03                               | 2026-12-03 | false
            by the 15th                              | 2026-11-15 | false
            on the 2nd                               | 2026-12-02 | false
            a kickoff for the ninth at ten           | 2026-11-09 | false
            January 15                               | 2027-01-15 | false
            by the end of Q1                         | 2027-03-31 | false
            by the end of the quarter                | 2026-12-31 | false
            sometime in Q1                           | 2027-03-31 | true
            next quarter                             | 2027-03-31 | true
            end of the year                          | 2026-12-31 | false
            by December                              | 2026-12-31 | true
            mid-January                              | 2027-01-15 | true
            """)
    void resolvesAgainstTheMeetingDate(String text, LocalDate expected, boolean approximate) {
        DateMention m = only(text);
        assertThat(m.date()).as(text).isEqualTo(expected);
        assertThat(m.approximate()).as(text + " approximate").isEqualTo(approximate);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
    }

    @Test
    void surfaceKeepsTheDeadlineWord() {
        assertThat(only("I'll send the deck by Friday.").surface()).isEqualTo("by Friday");
    }

    @Test
    void correctionsYieldBothInOrderAndLastWins() {
        List<DateMention> all = DateExpressions.find("I'll get it to you Friday, no wait, Monday.", MEETING);
        assertThat(all).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9));
        assertThat(DateExpressions.last("Friday, no wait, Monday", MEETING)).get()
                .extracting(DateMention::date).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void nextWeekdayFromAWeekendIsTheComingOne() {
        LocalDate saturday = LocalDate.of(2026, 11, 7);
        assertThat(DateExpressions.find("next Friday", saturday).get(0).date()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(DateExpressions.find("next week", saturday).get(0).date()).isEqualTo(LocalDate.of(2026, 11, 13));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            we may 5 of them need access
            we offer 24/7 support
            about 3/4 of the team
            I'll think about it
            we need a new model for the monthly report
            that was a wedding gift
            this is the month we close
            for the second time
            """)
    void ignoresThingsThatAreNotDates(String text) {
        assertThat(DateExpressions.find(text, MEETING)).as(text).isEmpty();
    }

    @Test
    void findsSeveralInOneText() {
        List<DateMention> all = DateExpressions.find(
                "Legal needs until December 3rd, and we go live in Q1, so a demo next Friday?", MEETING);
        assertThat(all).extracting(DateMention::surface).containsExactly("until December 3rd", "in Q1", "next Friday");
    }

    /** November 26 and December 3, 2026 are Thursdays, December 7 a Monday, November 14 a Saturday. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            by Thursday, November 26         | 2026-11-26
            Thursday 3 December              | 2026-12-03
            Thu 3 Dec                        | 2026-12-03
            Monday the 7th of December       | 2026-12-07
            Sat 14 Nov                       | 2026-11-14
            Thursday, Dec 3, 2026            | 2026-12-03
            """)
    void aWeekdayThatIsItsDateResolvesToTheDate(String text, LocalDate expected) {
        assertThat(only(text).date()).as(text).isEqualTo(expected);
        assertThat(only(text).surface()).isEqualTo(text);
        assertThat(DateExpressions.weekdayClashes(text, MEETING)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            by Wednesday, November 26        | WEDNESDAY | 2026-11-26
            Wednesday 3 December             | WEDNESDAY | 2026-12-03
            Wed 3 Dec                        | WEDNESDAY | 2026-12-03
            Friday the 7th of December       | FRIDAY    | 2026-12-07
            Fri 14 Nov                       | FRIDAY    | 2026-11-14
            Friday, Dec 3, 2026              | FRIDAY    | 2026-12-03
            """)
    void aWeekdayWithAMonthAndDayItIsNotIsAContradiction(String text, DayOfWeek weekday, LocalDate named) {
        assertThat(DateExpressions.find(text, MEETING)).as(text).isEmpty();
        assertThat(DateExpressions.contradictions(text, MEETING)).extracting(DateMention::surface).containsExactly(text);
        List<WeekdayClash> clashes = DateExpressions.weekdayClashes(text, MEETING);
        assertThat(clashes).as(text).hasSize(1);
        assertThat(clashes.get(0).weekday()).isEqualTo(weekday);
        assertThat(clashes.get(0).date()).isEqualTo(named);
        assertThat(clashes.get(0).monthNamed()).isTrue();
        assertThat(text.substring(clashes.get(0).start(), clashes.get(0).end())).isEqualTo(clashes.get(0).surface());
    }

    @Test
    void aWeekdayWithABareDayItIsNotNamesTheNearestSuchDay() {
        // no 14th from November to February is a Friday; the 14th meant is this month's
        List<WeekdayClash> soon = DateExpressions.weekdayClashes("by Friday the 14th", MEETING);
        assertThat(soon).extracting(WeekdayClash::surface, WeekdayClash::date, WeekdayClash::monthNamed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("by Friday the 14th", LocalDate.of(2026, 11, 14), false));
        // a recap's "Thursday, the 30th" said on the 3rd: the 30th just past, October 30, which was a Friday
        assertThat(DateExpressions.weekdayClashes("Thursday, the 30th", MEETING)).extracting(WeekdayClash::date)
                .containsExactly(LocalDate.of(2026, 10, 30));
        assertThat(only("on Friday the 30th").date()).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void aLowerCaseSatIsAVerbNotAWeekday() {
        assertThat(DateExpressions.find("we sat 14 November down", MEETING)).extracting(DateMention::surface)
                .containsExactly("14 November");
        assertThat(DateExpressions.weekdayClashes("we sat the 13th", MEETING)).isEmpty();
    }

    @Test
    void impossibleDatesAreSkippedNotThrown() {
        assertThat(DateExpressions.find("February 30", MEETING)).isEmpty();
        assertThat(DateExpressions.find("13/13", MEETING)).isEmpty();
        assertThat(DateExpressions.find("", MEETING)).isEmpty();
        assertThat(DateExpressions.find("Friday", null)).isEmpty();
    }
}
