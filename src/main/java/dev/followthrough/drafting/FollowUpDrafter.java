package dev.followthrough.drafting;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;
import java.util.List;

/** Writes the follow-up email the rep would send, in the rep's own voice. */
public interface FollowUpDrafter {

    DraftResult draft(Transcript transcript, List<ActionItem> actionItems, CallContext context, StyleProfile style);
}
