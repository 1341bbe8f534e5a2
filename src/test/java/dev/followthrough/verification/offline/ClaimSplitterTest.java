package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSplitterTest {

    private final ClaimSplitter splitter = new ClaimSplitter();

    private List<String> claims(String body) {
        return splitter.split(body).stream().map(Claim::text).toList();
    }

    @Test
    void greetingSignOffAndPleasantriesAreNotClaims() {
        List<String> c = claims("Hi Lena,\n\nGreat talking today! The trial covers 12 stores. "
                + "Let me know if you have any questions.\n\nBest regards,\nSam Ortiz\nVantage");
        assertThat(c).containsExactly("The trial covers 12 stores.");
    }

    @Test
    void bulletsAreClaimsAndHeadingsAreNot() {
        List<String> c = claims("Next steps:\n- I'll send the contract by Friday.\n* Omar shares the store list.\n"
                + "1. We meet again on March 17.");
        assertThat(c).containsExactly("I'll send the contract by Friday.", "Omar shares the store list.",
                "We meet again on March 17.");
    }

    @Test
    void aCompoundSentenceWithTwoSubjectsIsTwoClaims() {
        List<String> c = claims("The budget is approved and Omar will sign the order next week.");
        assertThat(c).containsExactly("The budget is approved", "Omar will sign the order next week.");
    }

    @Test
    void andBetweenNounsDoesNotSplit() {
        assertThat(claims("You use spreadsheets and a shared calendar today."))
                .containsExactly("You use spreadsheets and a shared calendar today.");
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndSentences() {
        assertThat(claims("Pricing is 2.5% per order, e.g. about $3 on a $120 basket. Setup is free."))
                .containsExactly("Pricing is 2.5% per order, e.g. about $3 on a $120 basket.", "Setup is free.");
    }

    @Test
    void aTimeEndsASentenceWhenANewOneStarts() {
        assertThat(claims("The demo is at 2 p.m. Omar will join.")).containsExactly("The demo is at 2 p.m.", "Omar will join.");
    }

    @Test
    void thanksCarryingAFactIsAClaim() {
        assertThat(claims("Thanks for confirming the budget is approved.")).hasSize(1);
        assertThat(ClaimSplitter.isPleasantry("Thanks again for your time today!")).isTrue();
        assertThat(ClaimSplitter.isPleasantry("Looking forward to the demo on Thursday.")).isFalse();
    }

    @Test
    void leadInsEndingInAColonAreNotClaims() {
        assertThat(claims("Here is a short summary of where we landed: the pilot runs six weeks."))
                .containsExactly("Here is a short summary of where we landed: the pilot runs six weeks.");
        assertThat(claims("A quick recap, in order of urgency:\n\nThe pilot runs six weeks.")).containsExactly("The pilot runs six weeks.");
    }

    @Test
    void headingsOverParagraphsAndMarkdownLayoutAreNotClaims() {
        List<String> c = claims("Hi Lena,\n\nOverview\nKestrel runs 12 stores in two regions.\n\n## Pricing\n"
                + "The plan is $40 per store per month.\n\n**Next steps**\nOmar shares the store list by Friday.\n\n"
                + "**Budget:** approved for this quarter.\n\n| Item | Price |\n|---|---|\n| Stores | $40 |\n\nBest,\nSam");
        assertThat(c).containsExactly("Kestrel runs 12 stores in two regions.", "The plan is $40 per store per month.",
                "Omar shares the store list by Friday.", "Budget: approved for this quarter.", "| Stores | $40 |");
    }

    @Test
    void aListWithoutBulletsIsNotTakenForHeadings() {
        // short lines under each other are the items of a list; "Declined" over a paragraph keeps lending it its "no"
        assertThat(claims("Budget approved\nOmar signs Friday\nLena sends the list"))
                .containsExactly("Budget approved", "Omar signs Friday", "Lena sends the list");
        assertThat(claims("Declined\nThe site visit and the case study.")).containsExactly("Declined The site visit and the case study.");
    }

    @Test
    void aNumberedHeadingIsAHeadingAndANumberedListIsAList() {
        assertThat(claims("4. December reminder emails\nAround 340 members did not get their reminders.\n\n5. Actions\n"
                + "- I send the quote.\n\n1. Pricing review\n2. Security questionnaire"))
                .containsExactly("Around 340 members did not get their reminders.", "I send the quote.", "Pricing review",
                        "Security questionnaire");
    }
}
