package dev.followthrough.drafting.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.Fixtures;
import dev.followthrough.drafting.StyleProfile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recap on a staffing call written for this test: it carries the numbers from both sides, keeps the
 * corrected value, keeps the rep's condition a condition, and leaves out hedges, threats, spelled-out addresses
 * and long digit runs.
 */
class RecapFactsTest {

    private static final StyleProfile CASUAL = new RuleBasedStyleProfiler()
            .profile(Fixtures.CASUAL_REP, Fixtures.samples("rep-casual"));

    private final Transcript call = Fixtures.call("staffing-terms.txt", Fixtures.CASUAL_REP);
    private final CallContext context = Fixtures.context(Fixtures.CASUAL_REP,
            List.of(Fixtures.customer("Rosa Delgado", null)), "Harbor Staffing", "Peak season staffing");

    private static final StyleProfile FORMAL = new RuleBasedStyleProfiler()
            .profile(Fixtures.FORMAL_REP, Fixtures.samples("rep-formal"));

    private String body() {
        return body(CASUAL);
    }

    private String body(StyleProfile style) {
        Utterance u = call.byId("u17").orElseThrow();
        List<ActionItem> items = List.of(new ActionItem(Fixtures.CASUAL_REP, "Send the contract",
                LocalDate.of(2026, 12, 4), "by Friday", List.of(Evidence.of(u, u.text()))));
        return new OfflineFollowUpDrafter().draft(call, items, context, style).draft().body();
    }

    @Test
    void carriesTheCustomersQuantitiesAndTheRepsQuotedRates() {
        String body = body();
        assertThat(body).contains("60 temps: 50 pickers and 10 forklift drivers");
        if (RecapSelector.QUOTE_REP_TERMS) {
            assertThat(body).contains("$21 an hour").contains("$26 an hour");
        }
    }

    @Test
    void inProseOneSpeakersPointsInARowShareASentence() {
        assertThat(FORMAL.usesBullets()).isFalse();
        assertThat(body(FORMAL)).contains("60 temps: 50 pickers and 10 forklift drivers, and that they have to start");
        assertThat(body(CASUAL)).doesNotContain(", and that they have to start");
    }

    @Test
    void keepsTheCorrectedValueOnly() {
        String body = body();
        assertThat(body).doesNotContain("120");
        if (body.contains("hours a week")) {
            assertThat(body).contains("210 hours a week");
        }
    }

    @Test
    void aConditionalOfferStaysConditional() {
        String body = body();
        if (body.contains("10%")) {
            assertThat(body).contains("If you sign by December 1st, I can take 10% off those rates");
        }
    }

    @Test
    void leavesOutHedgesThreatsSpelledAddressesAndDigitRuns() {
        String body = body();
        assertThat(body).doesNotContain("think about").doesNotContain("other vendors")
                .doesNotContain("dot example").doesNotContain("4417").doesNotContain("35");
    }

    @Test
    void correctedValueIsWhatTheSelectorKeeps() {
        Audience audience = Audience.of(call, context);
        List<RecapSelector.Point> points = RecapSelector.candidates(call, audience, java.util.Set.of());
        assertThat(points).anySatisfy(p -> assertThat(p.quote()).contains("210 hours a week")
                .doesNotContain("120").doesNotContain("sorry"));
        assertThat(points).noneSatisfy(p -> assertThat(p.quote()).containsAnyOf("think about", "other vendors",
                "dot example", "4417", "send the contract", "K-12", "rosa-staffing", "35", "frozen"));
        if (RecapSelector.QUOTE_REP_TERMS) {
            assertThat(points).anyMatch(RecapSelector.Point::rep);
        } else {
            assertThat(points).noneMatch(RecapSelector.Point::rep);
        }
    }
}
