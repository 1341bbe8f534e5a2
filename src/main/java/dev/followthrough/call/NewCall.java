package dev.followthrough.call;

import dev.followthrough.core.Transcript;
import java.time.LocalDate;
import java.util.List;

/** A parsed call, ready to be stored. */
public record NewCall(String source, String originalName, byte[] content, String contentHash, String format,
                      Transcript transcript, Long repId, LocalDate meetingDate, String title, String customer,
                      List<Attendee> attendees) {

    public NewCall {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
