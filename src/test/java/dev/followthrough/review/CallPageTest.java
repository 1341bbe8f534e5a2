package dev.followthrough.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPageTest {

    static Finding problem(String claim) {
        return new Finding(claim, "draft", "number", ClaimStatus.CONTRADICTED, Severity.HIGH, "because", List.of());
    }

    @Test
    void cutsTheDraftIntoPlainAndFlaggedSegmentsThatAddUpToTheBody() {
        String body = "Hi Jo,\nThe discount is 20%. We meet Monday.\nBest, Dana";
        List<CallPage.Segment> s = CallPage.segments(body,
                List.of(problem("We meet Monday."), problem("The discount is 20%."), problem("not in the draft")));
        assertThat(s).extracting(CallPage.Segment::text)
                .containsExactly("Hi Jo,\n", "The discount is 20%.", " ", "We meet Monday.", "\nBest, Dana");
        assertThat(s).extracting(CallPage.Segment::finding).containsExactly(0, 2, 0, 1, 0);
        assertThat(String.join("", s.stream().map(CallPage.Segment::text).toList())).isEqualTo(body);
    }

    @Test
    void overlappingClaimsHighlightTheFirstOnly() {
        String body = "We agreed on 40 seats at $30.";
        List<CallPage.Segment> s = CallPage.segments(body, List.of(problem("40 seats at $30"), problem("seats at")));
        assertThat(String.join("", s.stream().map(CallPage.Segment::text).toList())).isEqualTo(body);
        assertThat(s.stream().filter(x -> x.finding() > 0)).hasSize(1);
    }
}
