package dev.followthrough.verification;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Transcript;
import java.util.List;

/**
 * The "did the model make this up?" check. It sees only the transcript, the call's context and the
 * output to check; it never asks the component that wrote the draft.
 */
public interface DraftVerifier {

    /**
     * @param draft       the email to check, or {@code null} to check the action items only
     * @param actionItems the action items to check (their task, owner, due date and citations)
     */
    CheckResult check(Transcript transcript, CallContext context, Draft draft, List<ActionItem> actionItems);
}
