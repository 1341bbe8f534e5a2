package dev.followthrough.ingest.intake;

import dev.followthrough.call.Attendee;
import java.time.LocalDate;
import java.util.List;

/**
 * What a sidecar ({@code <name>.meta.json}) or an upload says about a call. Every field is optional.
 *
 * @param rep the rep's email (or name) on the roster
 */
public record CallMetadata(LocalDate meetingDate, String rep, String title, String customer, List<Attendee> attendees) {

    public CallMetadata {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public static CallMetadata none() {
        return new CallMetadata(null, null, null, null, List.of());
    }
}
