package dev.followthrough.drafting.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestaterTest {

    private static final Set<String> NAMES = Set.of("Okta", "Martin");

    @Test
    void recipientsFirstPersonBecomesSecondPersonAndNothingElseChanges() {
        assertThat(Restater.asClause("I am worried we'll miss the 40-seat tier in Q3", Restater.Voice.RECIPIENT, NAMES))
                .isEqualTo("you are worried you'll miss the 40-seat tier in Q3");
        assertThat(Restater.asClause("Our team doesn't need Okta yet.", Restater.Voice.RECIPIENT, NAMES))
                .isEqualTo("your team doesn't need Okta yet");
        assertThat(Restater.asClause("Okta is a must for us.", Restater.Voice.OTHER_CUSTOMER, NAMES))
                .isEqualTo("Okta is a must for you");
        assertThat(Restater.asClause("We keep PHI in the US.", Restater.Voice.OTHER_CUSTOMER, NAMES))
                .isEqualTo("you keep PHI in the US");
        assertThat(Restater.asClause("Martin's out until the 25th.", Restater.Voice.RECIPIENT, NAMES))
                .isEqualTo("Martin's out until the 25th");
    }

    @Test
    void quotesWhenThePointOfViewCannotBeChangedSafely() {
        // speaks to the rep
        assertThat(Restater.asClause("Can you send your pricing by Friday", Restater.Voice.RECIPIENT, NAMES)).isNull();
        // a colleague's "I" is not "you"
        assertThat(Restater.asClause("I need the export by Monday", Restater.Voice.OTHER_CUSTOMER, NAMES)).isNull();
        // nobody vouched for this speaker's side
        assertThat(Restater.asClause("We need the export by Monday", Restater.Voice.UNVOUCHED, NAMES)).isNull();
        // a fragment
        assertThat(Restater.asClause("Four analysts, half a day each week", Restater.Voice.RECIPIENT, NAMES)).isNull();
    }

    @Test
    void cleaningDropsHesitationButKeepsMeaningfulWords() {
        assertThat(Restater.clean("So, um, right now we run 85 trucks, uh, out of three depots."))
                .isEqualTo("Right now we run 85 trucks out of three depots.");
        assertThat(Restater.clean("Yeah, well, we don't need it.")).isEqualTo("We don't need it.");
        assertThat(Restater.clean("Well over half of our stores use it.")).isEqualTo("Well over half of our stores use it.");
    }

    @Test
    void selfCorrectionsQuestionsAndContactDetailsAreNeverRecapped() {
        CallContext ctx = new CallContext(null, "Dana Reyes", null, List.of(), List.of(
                new Participant("Jordan Lee", null, Participant.Role.CUSTOMER)), null, null);
        Transcript t = new Transcript(List.of(
                u(1, "Jordan Lee", "We have forty creators, sorry, not forty, fourteen creators on the plan."),
                u(2, "Jordan Lee", "Could you send the pricing for 40 seats before the budget meeting?"),
                u(3, "Jordan Lee", "Our budget for this is 30 thousand, call me on 555-201-7788 about it."),
                u(4, "Dana Reyes", "We can give you a 20 percent discount if you sign this quarter."),
                u(5, "Jordan Lee", "Our main concern is that the nightly export fails twice a week.")));

        List<RecapSelector.Point> points = RecapSelector.candidates(t, Audience.of(t, ctx), Set.of());

        assertThat(points).filteredOn(p -> !p.rep()).extracting(RecapSelector.Point::clause)
                .containsExactly("your main concern is that the nightly export fails twice a week");
        if (RecapSelector.QUOTE_REP_TERMS) {
            // the rep's own term is recapped too, but only as said: the condition stays with the discount
            assertThat(points).filteredOn(RecapSelector.Point::rep).extracting(RecapSelector.Point::quote)
                    .containsExactly("We can give you a 20 percent discount if you sign this quarter");
        } else {
            assertThat(points).noneMatch(RecapSelector.Point::rep);
        }
    }

    private static Utterance u(int seq, String speaker, String text) {
        return new Utterance("u" + seq, seq, speaker, null, null, text);
    }
}
