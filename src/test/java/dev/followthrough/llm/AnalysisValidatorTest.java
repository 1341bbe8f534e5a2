package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisValidatorTest {

    private static final String TEXT = "Great.  I\u2019ll send the REVISED quote\nfor 40 seats by Friday.";

    @Test
    void quotesMatchIgnoringCaseSpacingAndTypography() {
        assertThat(AnalysisValidator.contains(TEXT, "I'll send the revised quote for 40 seats")).isTrue();
        assertThat(AnalysisValidator.contains(TEXT, "\"i'll send the revised quote for 40 seats by friday.\"")).isTrue();
        assertThat(AnalysisValidator.contains(TEXT, "I'll send the revised quote for 50 seats")).isFalse();
        assertThat(AnalysisValidator.contains(TEXT, "...")).isFalse();
    }

    @Test
    void exactSpanReturnsTheWordsAsTheyStandInTheUtterance() {
        assertThat(AnalysisValidator.exactSpan(TEXT, "i'll send the revised quote for 40 seats"))
                .isEqualTo("I\u2019ll send the REVISED quote\nfor 40 seats");
        assertThat(AnalysisValidator.exactSpan(TEXT, "\"by Friday.\"")).isEqualTo("by Friday");
        assertThat(AnalysisValidator.exactSpan(TEXT, "not there")).isEqualTo("not there");
    }

    @Test
    void itemsMustCiteExistingUtterancesWithRealQuotes() {
        RawAnalysis a = new RawAnalysis(List.of(
                new RawAnalysis.Item("Dana", "Send quote", null, "Friday",
                        List.of(new RawAnalysis.Cite("[u3]", "send the revised quote for 40 seats"))),
                new RawAnalysis.Item("Jordan", "Start review", null, null,
                        List.of(new RawAnalysis.Cite("u4", "I will start the review tomorrow"))),
                new RawAnalysis.Item("Jordan", "Sign", null, null, List.of())),
                new RawAnalysis.Draft("s", "b"), false, null);

        List<String> errors = AnalysisValidator.validate(a, LlmFixtures.call());

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("dueDate \"Friday\"");
        assertThat(errors.get(1)).contains("quotes \"I will start the review tomorrow\", which is not in u4");
        assertThat(errors.get(2)).contains("cites no utterance");
    }
}
