package dev.followthrough.verification.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general rules added after measuring the held-out set: each with the case it must keep flagging. */
class UnseenDraftRulesTest {

    private final ClaimSplitter splitter = new ClaimSplitter();

    private List<String> claims(String body) {
        return splitter.split(body).stream().map(Claim::text).toList();
    }

    @Test
    void titlesAddresseeLinesDashSignaturesAndCheckingInAreNotClaims() {
        assertThat(claims("Dear Dr. Park,\n\nThe trial covers 12 stores.\n\nBest wishes,\nSam")).containsExactly(
                "The trial covers 12 stores.");
        assertThat(claims("Lena -\nThe trial covers 12 stores. Shout if I missed anything!\n— S")).containsExactly(
                "The trial covers 12 stores.");
        assertThat(claims("Lena - thanks. The trial covers 12 stores.")).containsExactly("The trial covers 12 stores.");
    }

    @Test
    void spokenHoursAreTimesButPricesAreNot() {
        assertThat(Mentions.times("How about Thursday, at eleven your time?")).containsExactly(11 * 60);
        assertThat(Mentions.times("I'll book a kickoff for the ninth at ten and send the plan.")).containsExactly(10 * 60);
        assertThat(Mentions.times("in-person payments at 2.4% plus ten cents")).isEmpty();
    }

    @Test
    void yearsAndMonthsAndOneInTwentyAreTheSameFigures() {
        Transcript t = Calls.transcript("Lena Park: We need a cap of twenty-four months of fees.",
                "Omar Diaz: About five percent of orders arrive late.");
        assertThat(Calls.problems(Calls.check(t, "You asked for a cap of two years of fees."))).isEmpty();
        assertThat(Calls.problems(Calls.check(t, "You asked for a cap of three years of fees."))).isNotEmpty();
        assertThat(Calls.problems(Calls.check(t, "Around one in twenty orders arrives late."))).isEmpty();
        assertThat(Calls.problems(Calls.check(t, "Around one in four orders arrives late."))).isNotEmpty();
    }

    @Test
    void aDenialMustBearOnWhatTheClaimSays() {
        Transcript t = Calls.transcript("Sam Ortiz: Catalan is not supported yet, it is on the roadmap.",
                "Lena Park: Catalan matters a lot to our teachers.");
        assertThat(Calls.problems(Calls.check(t, "I know Catalan matters to your teachers."))).isEmpty();
        assertThat(Calls.problems(Calls.check(t, "Catalan is already supported."))).isNotEmpty();
    }

    @Test
    void anAttendeeOnTheRepsDomainIsOnTheRepsSide() {
        CallContext ctx = new CallContext(Calls.MEETING, "Sam Ortiz", "sam.ortiz@vantage.example", List.of("Sam"),
                List.of(new Participant("Sam Ortiz", "sam.ortiz@vantage.example", Participant.Role.REP),
                        new Participant("Felix Wong", "felix.wong@vantage.example", Participant.Role.CUSTOMER),
                        new Participant("Lena Park", "lena.park@kestrel.example", Participant.Role.CUSTOMER)),
                "Kestrel Foods", null);
        CallEvidence call = new CallEvidence(Calls.transcript("Sam Ortiz: Hi.", "Felix Wong: I'll send the API docs."),
                ctx, Calls.EMBEDDER::embedAll);
        assertThat(call.sideOf("Felix Wong")).isEqualTo(CallEvidence.Side.REP);
        assertThat(call.sideOf("Lena Park")).isEqualTo(CallEvidence.Side.CUSTOMER);
        assertThat(Calls.problems(Calls.VERIFIER.check(call.transcript(), ctx,
                new Draft("Docs", "Felix will send the API docs."), List.of()))).isEmpty();
    }
}
