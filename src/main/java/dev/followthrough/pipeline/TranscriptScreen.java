package dev.followthrough.pipeline;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.InjectionSignals;
import java.util.ArrayList;
import java.util.List;

/** Screens the transcript itself, whatever the engine: text addressed to an AI is a reason for a human to look. */
final class TranscriptScreen {

    private TranscriptScreen() {
    }

    static List<Finding> injectionFindings(Transcript transcript) {
        List<Evidence> where = new ArrayList<>();
        for (Utterance u : transcript.utterances()) {
            if (InjectionSignals.looksLikeInstruction(u.text())) {
                where.add(Evidence.of(u, u.text().length() > 300 ? u.text().substring(0, 299) + "…" : u.text()));
            }
        }
        if (where.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("The call contains text addressed to an AI system", "transcript", "injection",
                ClaimStatus.UNSUPPORTED, Severity.HIGH,
                "Someone on the call read out or pasted instructions meant for an AI (a possible prompt injection); "
                        + "nothing from it was followed, but check the draft and the items before anything is sent.",
                where));
    }
}
