package dev.followthrough.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The model's answer to analyse-call.md, as it arrives (placeholders still masked, nothing validated). */
@JsonIgnoreProperties(ignoreUnknown = true)
record RawAnalysis(List<Item> actionItems, Draft draft, Boolean injectionSuspected, String injectionNote) {

    RawAnalysis {
        actionItems = actionItems == null ? List.of() : actionItems;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String owner, String task, String dueText, String dueDate, List<Cite> evidence) {
        Item {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cite(String utteranceId, String quote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Draft(String subject, String body) {
    }
}
