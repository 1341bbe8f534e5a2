package dev.followthrough.extraction.offline;

import static dev.followthrough.extraction.offline.Calls.context;
import static dev.followthrough.extraction.offline.Calls.transcript;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.text.Embedder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an item's date comes from when it is not in the words of the commitment (meeting on Tuesday 2026-11-03).
 * Written from how people speak on calls, not from the golden calls.
 */
class DeadlinesTest {

    private static final OfflineActionItemExtractor EXTRACTOR = new OfflineActionItemExtractor(new Embedder());

    private static ActionItem item(String taskWord, String... lines) {
        Transcript t = transcript(lines);
        List<ActionItem> all = EXTRACTOR.extract(t, context()).items();
        for (ActionItem it : all) {
            for (Evidence e : it.evidence()) {
                assertThat(t.byId(e.utteranceId())).get().satisfies(u -> assertThat(u.text()).contains(e.quote()));
            }
        }
        List<ActionItem> matching = all.stream().filter(it -> it.task().toLowerCase().contains(taskWord)).toList();
        assertThat(matching).as("items about '%s' in %s: %s", taskWord, List.of(lines), all).hasSize(1);
        return matching.get(0);
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void theDateOfTheQuestionGoesToThePromiseThatAnswersIt() {
        ActionItem it = item("questionnaire", "Jordan Lee: Can you get the security questionnaire back to me by the 14th?",
                "Dana Reyes: Sure, will do.");
        assertThat(it.owner()).isEqualTo("Dana Reyes");
        assertThat(it.dueDate()).isEqualTo(nov(14));
    }

    @Test
    void aDateTheOtherSideProposesAndTheOwnerAccepts() {
        ActionItem it = item("rollout plan", "Dana Reyes: I'll put together a rollout plan for the warehouse team.",
                "Jordan Lee: Great. Let's aim for Thursday.", "Dana Reyes: Sure, that works.");
        assertThat(it.dueDate()).isEqualTo(nov(5));
    }

    @Test
    void theSameSpeakersNextSentenceHandsItOver() {
        ActionItem it = item("usage report", "Jordan Lee: I'll pull the usage report from our admin console. You'll have it by Monday.",
                "Dana Reyes: Perfect.");
        assertThat(it.dueDate()).isEqualTo(nov(9));
        assertThat(it.evidence()).extracting(Evidence::quote).contains("You'll have it by Monday.");
    }

    @Test
    void aDateFragmentAfterTheCommitment() {
        ActionItem it = item("purchase order", "Jordan Lee: I'll check with procurement on the purchase order number. End of next week.",
                "Dana Reyes: Great, thanks.");
        assertThat(it.dueDate()).isEqualTo(nov(13));
    }

    @Test
    void aDateFragmentBeforeTheCommitment() {
        ActionItem it = item("lead", "Dana Reyes: Could you join a technical workshop on Wednesday?",
                "Jordan Lee: Wednesday works. I'll bring our IT lead to the workshop.");
        assertThat(it.dueDate()).isEqualTo(nov(4));
    }

    @Test
    void theAnswerToWhen() {
        ActionItem it = item("reference", "Dana Reyes: I'll send you a reference customer in logistics.",
                "Jordan Lee: When?", "Dana Reyes: By Thursday.");
        assertThat(it.dueDate()).isEqualTo(nov(5));
    }

    @Test
    void aChangeTheOtherSideAsksForAndTheOwnerAccepts() {
        ActionItem it = item("redlines", "Dana Reyes: I'll have the contract redlines to you by Friday.",
                "Jordan Lee: Could we make it Thursday? Legal meets Friday morning.", "Dana Reyes: Thursday works.");
        assertThat(it.dueDate()).isEqualTo(nov(5));
    }

    @Test
    void aChangeTheOwnerDoesNotAcceptLeavesTheDate() {
        ActionItem it = item("redlines", "Dana Reyes: I'll have the contract redlines to you by Friday.",
                "Jordan Lee: Could we make it Thursday?", "Dana Reyes: I'm afraid not, legal needs the full week.");
        assertThat(it.dueDate()).isEqualTo(nov(6));
    }

    @Test
    void noDateIsCarriedAcrossAChangeOfTopic() {
        ActionItem it = item("floor plans", "Jordan Lee: I'll send over the floor plans. Another thing, our CFO is out next week.",
                "Dana Reyes: Noted.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void noDateIsTakenFromAnotherDatedCommitment() {
        ActionItem it = item("pilot scope", "Dana Reyes: I'll draft the pilot scope. Priya will review the budget on Friday.",
                "Jordan Lee: Okay.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void aRoutineHasNoDueDate() {
        ActionItem it = item("usage summary", "Dana Reyes: From now on I'll send you a usage summary every Monday.",
                "Jordan Lee: That would help.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void anOffsetCountedFromAnEventHasNoDueDate() {
        ActionItem it = item("estimate", "Dana Reyes: Once I have the export, I'll give you a migration estimate within a week.",
                "Jordan Lee: Sounds good.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void aContradictoryDateStaysAsWordsWithoutADate() {
        ActionItem it = item("proposal", "Dana Reyes: I'll send the proposal by Friday the 14th.", "Jordan Lee: Thanks.");
        assertThat(it.dueDate()).isNull();
        assertThat(it.dueText()).contains("Friday the 14th");
    }

    @Test
    void aWeekdayThatIsNotItsDateGivesNoDateEither() {
        // November 26 is a Thursday: the weekday or the date was misspoken, and which one is not ours to guess
        ActionItem wrong = item("proposal", "Dana Reyes: I'll send the proposal by Wednesday, November 26.", "Jordan Lee: Thanks.");
        assertThat(wrong.dueDate()).isNull();
        assertThat(wrong.dueText()).contains("Wednesday, November 26");
        ActionItem right = item("proposal", "Dana Reyes: I'll send the proposal by Thursday, November 26.", "Jordan Lee: Thanks.");
        assertThat(right.dueDate()).isEqualTo(nov(26));
    }

    @Test
    void theFirstDateIsTheDeadlineWhenNothingCorrectsIt() {
        ActionItem it = item("order form", "Jordan Lee: I'll send the signed order form next Monday, I'm travelling Thursday and Friday.",
                "Dana Reyes: Safe travels.");
        assertThat(it.dueDate()).isEqualTo(nov(9));
    }

    @Test
    void aCorrectionOverSeveralShortSentences() {
        ActionItem it = item("quote", "Dana Reyes: I'll send you the revised quote on Friday. Sorry, no, Friday I'm at a conference. Monday then.",
                "Jordan Lee: Monday is fine.");
        assertThat(it.dueDate()).isEqualTo(nov(9));
    }

    @Test
    void aDateThatDescribesANounIsNotTheDeadline() {
        ActionItem it = item("summary", "Dana Reyes: I'll send you a summary of the December 9 board meeting today.",
                "Jordan Lee: Thank you.");
        assertThat(it.dueDate()).isEqualTo(nov(3));
    }

    @Test
    void beforeAMeetingOnADate() {
        ActionItem it = item("budget", "Jordan Lee: I'll get the budget approved before the board meeting on December 9.",
                "Dana Reyes: Great.");
        assertThat(it.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void byTheTimeWeMeetOnADay() {
        ActionItem it = item("demo environment", "Dana Reyes: I'll have the demo environment ready by the time we meet on the 9th.",
                "Jordan Lee: Perfect.");
        assertThat(it.dueDate()).isEqualTo(nov(9));
    }

    @Test
    void anInvitationIsNotDueOnTheDayOfItsMeeting() {
        ActionItem it = item("invite", "Dana Reyes: Let's do the workshop Thursday at ten. I'll send the invite.",
                "Jordan Lee: Great.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void aDateInWordsAboutThePastIsNotCarried() {
        ActionItem it = item("pricing sheet", "Jordan Lee: I'll resend the pricing sheet. The one we got in October was outdated.",
                "Dana Reyes: Will do, thanks.");
        assertThat(it.dueDate()).isNull();
    }

    @Test
    void reportingBackLaterInTheSameSentence() {
        ActionItem it = item("committee", "Dana Reyes: I'll ask our pricing committee about a multi-year discount, and I'll get back to you by Thursday.",
                "Jordan Lee: Thanks.");
        assertThat(it.dueDate()).isEqualTo(nov(5));
    }

    @Test
    void thatDayMeansTheDaySaidJustBefore() {
        ActionItem it = item("results", "Jordan Lee: We'll run the pilot on Monday. I'll send you the results at the end of that day.",
                "Dana Reyes: Great.");
        assertThat(it.dueDate()).isEqualTo(nov(9));
    }

    @Test
    void inSpeechWithoutFullStopsTheDeadlineIsTheOneSaidAfterThePromise() {
        ActionItem it = item("manager", "Jordan Lee: what about nonprofit pricing", "Dana Reyes: we do have it but the"
                + " discount changed this year let me check with my manager and let you know by friday");
        assertThat(it.dueDate()).isEqualTo(nov(6));
        ActionItem before = item("proposal", "Dana Reyes: By Friday I'll send you the proposal.", "Jordan Lee: Great.");
        assertThat(before.dueDate()).isEqualTo(nov(6));
    }

    @Test
    void inSpeechWithoutFullStopsTheLastDateBeforeThePromiseIsItsOwn() {
        ActionItem it = item("training", "Jordan Lee: yes i send you the addresses on monday",
                "Dana Reyes: no problem monday is fine then on thursday i will do a short training for the manager");
        assertThat(it.dueDate()).isEqualTo(nov(5));
    }
}
