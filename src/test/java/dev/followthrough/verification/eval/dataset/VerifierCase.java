package dev.followthrough.verification.eval.dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * One labelled (transcript, draft) pair of the verifier evaluation set.
 *
 * @param label        {@code faithful}, {@code paraphrase} (both must come out CLEAN) or {@code planted}
 *                     (exactly one error, must come out FLAGGED)
 * @param kind         for planted cases the kind of error: number, date, name, negation, commitment, meeting;
 *                     {@code null} otherwise
 * @param plantedClaim the sentence of the body that carries the error (planted only), verbatim
 * @param why          what the call actually says
 */
public record VerifierCase(String id, String callId, String transcriptText, LocalDate meetingDate, String repName,
                           String customer, List<Attendee> attendees, String label, String kind, String plantedClaim,
                           String why, String subject, String body) {

    public VerifierCase {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public boolean planted() {
        return "planted".equals(label);
    }

    /**
     * The transcript's file name, as a format hint for the parser: a few calls are JSON
     * ({@code [{"speaker","start","end","text"}]}, seconds as numbers), the rest plain text.
     */
    public String transcriptFileName() {
        String t = transcriptText.stripLeading();
        boolean json = t.startsWith("[") && t.substring(1).stripLeading().startsWith("{");
        return callId + (json ? ".json" : ".txt");
    }

    public record Attendee(String name, String email) {
    }
}
