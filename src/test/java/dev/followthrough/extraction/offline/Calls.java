package dev.followthrough.extraction.offline;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written calls for the extractor tests: one "Speaker: text" line per turn. */
final class Calls {

    /** A Tuesday. */
    static final LocalDate MEETING = LocalDate.of(2026, 11, 3);

    private Calls() {
    }

    static Transcript transcript(String... lines) {
        List<Utterance> us = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int colon = lines[i].indexOf(": ");
            String speaker = colon < 0 ? null : lines[i].substring(0, colon);
            String text = colon < 0 ? lines[i] : lines[i].substring(colon + 2);
            us.add(new Utterance(Utterance.idFor(i + 1), i + 1, speaker, Duration.ofSeconds(10L * i),
                    Duration.ofSeconds(10L * i + 9), text));
        }
        return new Transcript(us);
    }

    /** Dana Reyes is the rep; Jordan Lee and Priya Shah are on the customer side. */
    static CallContext context() {
        return new CallContext(MEETING, "Dana Reyes", "dana.reyes@northwind.example", List.of("Dana"),
                List.of(new Participant("Dana Reyes", "dana.reyes@northwind.example", Participant.Role.REP),
                        new Participant("Jordan Lee", "jordan.lee@acme.example", Participant.Role.CUSTOMER),
                        new Participant("Priya Shah", "priya.shah@acme.example", Participant.Role.CUSTOMER)),
                "Acme Logistics", "Discovery");
    }
}
