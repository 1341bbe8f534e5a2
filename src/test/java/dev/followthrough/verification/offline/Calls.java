package dev.followthrough.verification.offline;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.Embedder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small calls for the unit tests: "Speaker: text" lines, the rep first. One embedding model for all tests. */
final class Calls {

    static final Embedder EMBEDDER = new Embedder();
    static final OfflineDraftVerifier VERIFIER = new OfflineDraftVerifier(EMBEDDER);
    /** A Tuesday. */
    static final LocalDate MEETING = LocalDate.of(2026, 3, 10);

    private Calls() {
    }

    static Transcript transcript(String... lines) {
        List<Utterance> out = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            int seq = out.size() + 1;
            out.add(new Utterance(Utterance.idFor(seq), seq, line.substring(0, colon).strip(),
                    Duration.ofSeconds(seq * 15L), null, line.substring(colon + 1).strip()));
        }
        return new Transcript(out);
    }

    /** Rep "Sam Ortiz" of Vantage, customer "Lena Park" and "Omar Diaz" of Kestrel Foods. */
    static CallContext context() {
        return new CallContext(MEETING, "Sam Ortiz", "sam.ortiz@vantage.example", List.of("Sam"),
                List.of(new Participant("Sam Ortiz", "sam.ortiz@vantage.example", Participant.Role.REP),
                        new Participant("Lena Park", "lena.park@kestrel.example", Participant.Role.CUSTOMER),
                        new Participant("Omar Diaz", "omar.diaz@kestrel.example", Participant.Role.CUSTOMER)),
                "Kestrel Foods", "Kestrel discovery");
    }

    static CheckResult check(Transcript t, String body) {
        return VERIFIER.check(t, context(), new Draft("Follow-up", body), List.of());
    }

    static CallEvidence evidence(Transcript t) {
        return new CallEvidence(t, context(), EMBEDDER::embedAll);
    }

    /** The findings of a check of {@code body} against the call that hold it for a human (FLAGGED). */
    static List<Finding> holding(Transcript t, String body) {
        return check(t, body).findings().stream().filter(Finding::holdsCall).toList();
    }

    static List<Finding> problems(CheckResult r) {
        return r.findings().stream().filter(Finding::isProblem).toList();
    }

    static List<Outcome> problems(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::isProblem).toList();
    }
}
