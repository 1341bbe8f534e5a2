package dev.followthrough.verification.eval.dataset;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One labelled (transcript, draft) pair of the verifier evaluation set.
 *
 * @param label        {@code faithful}, {@code paraphrase} (both must come out CLEAN) or {@code planted}
 *                     (exactly one error, must come out FLAGGED)
 * @param kind         for planted cases the kind of error: number, date, name, negation, commitment, meeting;
 *                     {@code null} otherwise
 * @param plantedClaim the sentence of the body that carries the error (planted only), verbatim
 * @param why          what the call actually says
 * @param repEmail     the rep's address; attendees on the same domain are the rep's colleagues
 */
public record VerifierCase(String id, String callId, String transcriptText, LocalDate meetingDate, String repName,
                           String customer, List<Attendee> attendees, String label, String kind, String plantedClaim,
                           String why, String subject, String body, String repEmail) {

    public VerifierCase {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public boolean planted() {
        return "planted".equals(label);
    }

    /** A finding "locates" the planted error when its claim overlaps the planted sentence. */
    public boolean locatedBy(dev.followthrough.core.Finding f) {
        String claim = f.claim().strip();
        String sentence = plantedClaim == null ? "" : plantedClaim;
        return !claim.isEmpty() && (sentence.contains(claim) || claim.contains(sentence));
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

    /**
     * The context a verifier would get for this call in the product: the rep (with their first name as alias),
     * attendees on the rep's email domain as the rep's side, everyone else as the customer's side.
     */
    public CallContext callContext() {
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(repName, repEmail, Participant.Role.REP));
        String repDomain = domain(repEmail);
        for (Attendee a : attendees) {
            boolean colleague = repDomain != null && repDomain.equals(domain(a.email()));
            participants.add(new Participant(a.name(), a.email(),
                    colleague ? Participant.Role.REP : Participant.Role.CUSTOMER));
        }
        String firstName = repName.strip().split("\\s+")[0];
        return new CallContext(meetingDate, repName, repEmail, List.of(firstName), participants, customer, null);
    }

    private static String domain(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public record Attendee(String name, String email) {
    }
}
