package dev.followthrough.admin;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.verification.DraftVerifier;
import java.util.List;
import org.springframework.aop.support.AopUtils;
import org.springframework.stereotype.Component;

/** Which implementation of each AI stage is in use, for the admin page. */
@Component
class EngineInfo {

    /** @param implementation the class in use; the LLM ones still fall back to the offline engine per call */
    record Stage(String stage, String implementation, boolean llm) {
    }

    private final ActionItemExtractor extractor;
    private final FollowUpDrafter drafter;
    private final DraftVerifier verifier;
    private final StyleProfiler profiler;

    EngineInfo(ActionItemExtractor extractor, FollowUpDrafter drafter, DraftVerifier verifier, StyleProfiler profiler) {
        this.extractor = extractor;
        this.drafter = drafter;
        this.verifier = verifier;
        this.profiler = profiler;
    }

    List<Stage> stages() {
        return List.of(stage("Action items", extractor), stage("Follow-up draft", drafter),
                stage("Grounding check", verifier), stage("Style profile", profiler));
    }

    String describe() {
        return String.join(", ", stages().stream().map(s -> s.stage() + ": " + s.implementation()).toList());
    }

    private static Stage stage(String name, Object bean) {
        String cls = AopUtils.getTargetClass(bean).getSimpleName();
        return new Stage(name, cls, cls.startsWith("Llm"));
    }
}
