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
 * Short calls written for these tests, in several trades and speaking styles, for the framings that made false or
 * garbled items before: routines, conditions, bare "can", in-meeting work, recaps, assignments. The meeting is on
 * Tuesday 3 November 2026 ({@link Calls}).
 */
class UnseenCallsTest {

    private static final OfflineActionItemExtractor EXTRACTOR = new OfflineActionItemExtractor(new Embedder());

    private static List<ActionItem> items(String... lines) {
        Transcript t = transcript(lines);
        List<ActionItem> items = EXTRACTOR.extract(t, context()).items();
        for (ActionItem item : items) {
            for (Evidence e : item.evidence()) {
                assertThat(t.byId(e.utteranceId())).get().satisfies(u -> assertThat(u.text()).contains(e.quote()));
            }
        }
        return items;
    }

    private static ActionItem only(String... lines) {
        List<ActionItem> all = items(lines);
        assertThat(all).as("items of %s", List.of(lines)).hasSize(1);
        return all.get(0);
    }

    @Test
    void aWeeklyRoutineIsNotACommitment() {
        assertThat(items("Jordan Lee: Every Friday our plant manager exports the scrap report so we can review it on Monday.",
                "Dana Reyes: That sounds painful.")).isEmpty();
        assertThat(items("Priya Shah: Most weeks we have to chase the suppliers for their invoices.",
                "Dana Reyes: I hear that a lot.")).isEmpty();
    }

    @Test
    void aPurposeClauseIsNotAnOffer() {
        assertThat(items("Priya Shah: We pull the ward data into Excel so we can build the board pack.",
                "Dana Reyes: Understood.")).isEmpty();
    }

    @Test
    void aConditionalDiscountIsNotAnItem() {
        assertThat(items("Dana Reyes: We can give you ten percent off if you sign by December.",
                "Jordan Lee: Interesting, let me think about it.")).isEmpty();
        assertThat(items("Dana Reyes: On a two-year contract I can do twelve percent on the licences.",
                "Jordan Lee: Noted.")).isEmpty();
    }

    @Test
    void aPromiseThatHangsOnTheOtherSideIsTheirsToStart() {
        ActionItem item = only("Dana Reyes: If you send me the usage logs, I'll run the sizing.",
                "Jordan Lee: Sure, I'll send the logs tomorrow.");
        assertThat(item.owner()).isEqualTo("Jordan Lee");
        assertThat(item.task()).startsWith("Send the logs");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 4));
    }

    @Test
    void aBareCanBecomesAnItemOnceTheOtherSideTakesItUp() {
        ActionItem item = only("Dana Reyes: I can put together a side-by-side comparison of both plans.",
                "Jordan Lee: Yes please, that would help a lot.");
        assertThat(item.owner()).isEqualTo("Dana Reyes");
        assertThat(item.task()).startsWith("Put together a side-by-side comparison");
        assertThat(item.evidence()).extracting(Evidence::utteranceId).contains("u1", "u2");
    }

    @Test
    void aCanThatAnswersAProductQuestionIsNotAnItem() {
        assertThat(items("Jordan Lee: Can you integrate with our SAP system?",
                "Dana Reyes: Yes, we can integrate with SAP out of the box.")).isEmpty();
    }

    @Test
    void aCanWithADeadlineIsAnItem() {
        ActionItem item = only("Dana Reyes: How many seats do you need?",
                "Priya Shah: I can get the seat count to you by next Friday.");
        assertThat(item.owner()).isEqualTo("Priya Shah");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 13));
    }

    @Test
    void workDoneInTheMeetingIsNotAnItem() {
        assertThat(items("Jordan Lee: We can do the pricing walkthrough now.", "Dana Reyes: Sure, go ahead.")).isEmpty();
    }

    @Test
    void aRelativeClauseIsNotARequest() {
        List<ActionItem> all = items("Dana Reyes: I brought Tomás, who will run the security review.", "Jordan Lee: Sure.");
        assertThat(all).noneMatch(i -> "Jordan Lee".equals(i.owner()));
    }

    @Test
    void aPseudoCleftFromANonNativeSpeakerCommits() {
        ActionItem item = only("Dana Reyes: When can you ship the first container?",
                "Mehmet Kaya: So what I will do is, I will prepare the customs documents for the first shipment until Thursday.");
        assertThat(item.owner()).isEqualTo("Mehmet Kaya");
        assertThat(item.task()).isEqualTo("Prepare the customs documents for the first shipment");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void theClockTimeStaysWithTheDueDate() {
        ActionItem item = only("Jordan Lee: Thursday works for the onsite.",
                "Dana Reyes: Great, I'll send a calendar invite for Thursday at three.");
        assertThat(item.task()).isEqualTo("Send a calendar invite");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aPronounIsResolvedToAWholeNounPhrase() {
        ActionItem item = only("Jordan Lee: Priya is finishing our security questionnaire.",
                "Dana Reyes: Once she's done, I will review it within two days.");
        assertThat(item.owner()).isEqualTo("Dana Reyes");
        assertThat(item.task()).isEqualTo("Review the security questionnaire");
    }

    @Test
    void aLongTaskIsCutWhereAPhraseEnds() {
        ActionItem item = only("Jordan Lee: Our board will want to see the cutover plan.",
                "Dana Reyes: I'll send you a written summary of the migration plan, covering the cutover"
                + " weekend, the rollback steps and who is on call, by Wednesday.");
        assertThat(item.task()).startsWith("Send a written summary of the migration plan");
        assertThat(item.task().split("\\s+")).hasSizeLessThanOrEqualTo(14);
        assertThat(item.task()).doesNotMatch("(?i).*(?:\\b(?:the|a|an|of|and|to|with|by)|,)$");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 4));
    }

    @Test
    void aRecapInOtherWordsMergesIntoTheFirstItem() {
        ActionItem item = only("Dana Reyes: I'll ask our finance team to prepare a credit note for the damaged pallets.",
                "Jordan Lee: Thanks, that would help.",
                "Dana Reyes: So, to recap: I'll get you the credit note for the pallets by Friday.");
        assertThat(item.owner()).isEqualTo("Dana Reyes");
        assertThat(item.evidence()).extracting(Evidence::utteranceId).contains("u1", "u3");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void aRecapOfTwoDifferentThingsKeepsBoth() {
        List<ActionItem> all = items("Dana Reyes: I'll send the SLA document today.",
                "Jordan Lee: Great.",
                "Dana Reyes: To recap: I'll send the SLA document, and I'll book the onsite visit for next week.");
        assertThat(all).hasSize(2);
        assertThat(all).extracting(ActionItem::task).anyMatch(t -> t.startsWith("Send the SLA document"))
                .anyMatch(t -> t.startsWith("Book the onsite visit"));
    }

    @Test
    void anAssignmentNamesItsOwner() {
        ActionItem item = only("Priya Shah: Jordan, your job is to collect the store opening hours before the next call.",
                "Jordan Lee: Okay.");
        assertThat(item.owner()).isEqualTo("Jordan Lee");
        assertThat(item.task()).startsWith("Collect the store opening hours");
    }

    @Test
    void workGivenToEveryoneIsOwnedByEveryone() {
        ActionItem item = only("Dana Reyes: Before the next call, everyone should review the draft contract.",
                "Jordan Lee: Will do.");
        assertThat(item.owner()).isEqualTo("Everyone");
        assertThat(item.task()).startsWith("Review the draft contract");
    }

    @Test
    void nextTimeBringIsAnAssignmentToTheListener() {
        ActionItem item = only("Dana Reyes: That's all from my side.",
                "Jordan Lee: Next time, bring the updated floor plan for the warehouse.");
        assertThat(item.owner()).isEqualTo("Dana Reyes");
        assertThat(item.task()).startsWith("Bring the updated floor plan");
    }

    @Test
    void anAsideAfterAPromiseDoesNotMoveItsDate() {
        ActionItem item = only("Dana Reyes: I'll send the master agreement today. No pressure, just so legal has it before January.",
                "Jordan Lee: Thanks.");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void alsoAfterTheVerbIsDropped() {
        ActionItem item = only("Jordan Lee: Do you have references in retail?",
                "Dana Reyes: Yes, I will send also the reference list of other retailers tomorrow.");
        assertThat(item.task()).isEqualTo("Send the reference list of other retailers");
    }

    @Test
    void haveThemToYouBecomesSendingTheThingsMeant() {
        ActionItem item = only("Jordan Lee: The board needs the two quotes for the renewal.",
                "Dana Reyes: I'll have them to you by Friday.");
        assertThat(item.task()).isEqualTo("Send the two quotes to Jordan");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void haveItDoneBecomesFinishingIt() {
        ActionItem item = only("Jordan Lee: Where are we with the audit report?", "Dana Reyes: I'll have it done by Monday.");
        assertThat(item.task()).isEqualTo("Finish the audit report");
        ActionItem quote = only("Jordan Lee: And the pricing for the second site?",
                "Dana Reyes: We'll have the revised quote to you by Thursday.");
        assertThat(quote.task()).isEqualTo("Send the revised quote to Jordan");
        assertThat(quote.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void homeworkForTheNextMeetingGoesToTheListener() {
        ActionItem item = only("Dana Reyes: So, by next meeting, please come up with three staffing scenarios for the clinic.",
                "Jordan Lee: Okay.");
        assertThat(item.owner()).isEqualTo("Jordan Lee");
        assertThat(item.task()).isEqualTo("Come up with three staffing scenarios for the clinic");
    }

    @Test
    void anAssignmentAnsweredWithADateTakesThatDate() {
        ActionItem item = only("Jordan Lee: You should talk to our IT lead about single sign-on.",
                "Dana Reyes: Yes, I will reach out to him tomorrow.");
        assertThat(item.owner()).isEqualTo("Dana Reyes");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(item.evidence()).extracting(Evidence::utteranceId).containsExactly("u1", "u2");
    }

    @Test
    void theNextMeetingIsNotPartOfTheTask() {
        ActionItem item = only("Priya Shah: We have to decide the rollout plan by next meeting.", "Dana Reyes: Agreed.");
        assertThat(item.task()).isEqualTo("Decide the rollout plan");
    }

    @Test
    void aConditionFromTheBuyerIsNotYetACommitment() {
        assertThat(items("Priya Shah: As long as you include onboarding, we will sign this quarter.",
                "Dana Reyes: Great.")).isEmpty();
    }
}
