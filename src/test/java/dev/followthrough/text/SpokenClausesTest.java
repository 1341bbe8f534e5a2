package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenClausesTest {

    @Test
    void lowercaseSpeechIsCutAtConnectivesAndAtASubjectThatStartsAClause() {
        assertThat(SpokenClauses.split("our floor price is two hundred a seat i can't go below that for the pilot"))
                .containsExactly("our floor price is two hundred a seat", "i can't go below that for the pilot");
        assertThat(SpokenClauses.split("the reader works offline but the sync needs a network and we don't have one"))
                .containsExactly("the reader works offline", "but the sync needs a network", "and we don't have one");
    }

    @Test
    void aPronounThatAWordBeforeItAsksForStaysInItsClause() {
        assertThat(SpokenClauses.split("that is exactly what we need for the depot if they sign in march"))
                .containsExactly("that is exactly what we need for the depot", "if they sign in march");
        assertThat(SpokenClauses.split("i can give you a discount on the second year of the plan"))
                .containsExactly("i can give you a discount on the second year of the plan");
    }

    @Test
    void punctuatedTextIsLeftAsItIsUnlessARunIsVeryLong() {
        String sentence = "Sure, I'll send you a rough estimate and a case study from a district like yours by Tuesday.";
        assertThat(SpokenClauses.split(sentence)).containsExactly(sentence);
        String run = "So the thing is we moved the whole warehouse last spring and nobody updated the bin locations in"
                + " the system so the pickers still walk to the old aisles";
        List<String> pieces = SpokenClauses.split(run);
        assertThat(pieces).hasSizeGreaterThan(2);
        assertThat(String.join(" ", pieces)).isEqualTo(run);
    }

    @Test
    void anUnmarkedQuestionIsKnownByItsForm() {
        assertThat(SpokenClauses.isQuestion("Can we pay monthly?")).isTrue();
        assertThat(SpokenClauses.isQuestion("um so can we pay monthly")).isTrue();
        assertThat(SpokenClauses.isQuestion("and the portal is included is that right")).isTrue();
        assertThat(SpokenClauses.isQuestion("what about the second warehouse")).isTrue();
        assertThat(SpokenClauses.split("so two hundred and fifty a month in year one can we pay monthly"))
                .containsExactly("so two hundred and fifty a month in year one", "can we pay monthly");
        assertThat(SpokenClauses.isQuestion("we can pay monthly")).isFalse();
        assertThat(SpokenClauses.isQuestion("Can we pay monthly. Yes.")).isFalse();
        assertThat(SpokenClauses.isQuestion("Do you want the quote")).isFalse(); // capitals: a transcriber would mark it
    }
}
