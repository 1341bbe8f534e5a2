package dev.followthrough.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the stages know about a call besides its words.
 *
 * @param meetingDate the date relative dates ("by Friday", "next week") are resolved against
 * @param repName     the rep who owns the call and signs the follow-up
 * @param repAliases  other names the rep appears under in transcripts (first name, nickname)
 * @param participants attendees with their roles, from the sidecar and the roster
 * @param customer    the customer's company, when known
 * @param title       the meeting title, when known
 */
public record CallContext(LocalDate meetingDate, String repName, String repEmail, List<String> repAliases,
                          List<Participant> participants, String customer, String title) {

    public CallContext {
        repAliases = repAliases == null ? List.of() : List.copyOf(repAliases);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** True when the speaker label names the rep (full name, alias, or the first name of either). */
    public boolean isRep(String speaker) {
        if (speaker == null || repName == null) {
            return false;
        }
        String s = normalise(speaker);
        if (s.equals(normalise(repName)) || s.equals(firstName(repName))) {
            return true;
        }
        for (String alias : repAliases) {
            if (s.equals(normalise(alias))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String firstName(String name) {
        String n = normalise(name);
        int space = n.indexOf(' ');
        return space < 0 ? n : n.substring(0, space);
    }
}
