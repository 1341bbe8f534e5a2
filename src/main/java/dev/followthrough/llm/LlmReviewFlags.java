package dev.followthrough.llm;

import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Calls whose LLM output looked like an obeyed or attempted prompt injection. Such a call must be reviewed by a
 * person, never auto-approved: the job adds {@link #findingsFor(Transcript)} to the call's check result, which
 * makes it FLAGGED. Kept in memory per transcript content until read with {@link #clear(Transcript)}.
 */
@Component
public class LlmReviewFlags {

    private final Map<String, List<String>> reasons = new ConcurrentHashMap<>();

    void flag(Transcript transcript, String reason) {
        reasons.computeIfAbsent(TranscriptHash.of(transcript), k -> new CopyOnWriteArrayList<>()).add(reason);
    }

    public List<String> reasonsFor(Transcript transcript) {
        return List.copyOf(reasons.getOrDefault(TranscriptHash.of(transcript), List.of()));
    }

    public boolean isFlagged(Transcript transcript) {
        return !reasonsFor(transcript).isEmpty();
    }

    /** One HIGH finding of kind "injection" per reason, citing the utterances the reason names. */
    public List<Finding> findingsFor(Transcript transcript) {
        List<Finding> findings = new ArrayList<>();
        for (String reason : reasonsFor(transcript)) {
            List<dev.followthrough.core.Evidence> cited = new ArrayList<>();
            for (Utterance u : transcript.utterances()) {
                if (reason.matches("(?s).*\\b" + u.id() + "\\b.*")) {
                    cited.add(dev.followthrough.core.Evidence.of(u, u.text()));
                }
            }
            findings.add(new Finding("possible prompt injection", "llm-guard", "injection", ClaimStatus.UNSUPPORTED,
                    Severity.HIGH, reason, cited));
        }
        return findings;
    }

    public void clear(Transcript transcript) {
        reasons.remove(TranscriptHash.of(transcript));
    }
}
