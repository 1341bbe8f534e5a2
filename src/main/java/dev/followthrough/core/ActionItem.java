package dev.followthrough.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment made on the call.
 *
 * @param owner    who will do it, as named on the call; {@code null} when nobody took it
 * @param task     what is to be done, imperative ("Send the revised quote")
 * @param dueDate  resolved against the meeting date; {@code null} when the call set no date
 * @param dueText  the words that set the date ("by Friday"), {@code null} when none
 * @param evidence at least one citation of the utterance(s) where it was said
 */
public record ActionItem(String owner, String task, LocalDate dueDate, String dueText, List<Evidence> evidence) {

    public ActionItem {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
