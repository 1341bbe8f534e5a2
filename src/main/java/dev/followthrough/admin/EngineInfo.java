package dev.followthrough.admin;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.verification.DraftVerifier;
import org.springframework.stereotype.Component;

/** Which implementation of each AI stage is in use, for the admin page. */
@Component
class EngineInfo {

    private final ActionItemExtractor extractor;
    private final FollowUpDrafter drafter;
    private final DraftVerifier verifier;

    EngineInfo(ActionItemExtractor extractor, FollowUpDrafter drafter, DraftVerifier verifier) {
        this.extractor = extractor;
        this.drafter = drafter;
        this.verifier = verifier;
    }

    String describe() {
        return "extraction: " + name(extractor) + ", drafting: " + name(drafter) + ", check: " + name(verifier);
    }

    private static String name(Object o) {
        return org.springframework.aop.support.AopUtils.getTargetClass(o).getSimpleName();
    }
}
