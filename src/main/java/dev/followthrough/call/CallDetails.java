package dev.followthrough.call;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.rep.RepInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A call with everything known about it, for the call page and the API. */
public record CallDetails(long id, CallStatus status, String statusDetail, String source, String originalName,
                          String format, RepInfo rep, LocalDate meetingDate, String title, String customer,
                          List<Participant> participants, List<Utterance> utterances, List<ActionItem> actionItems,
                          Draft draft, CheckResult check, Usage usage, Instant createdAt, Instant analysedAt) {
}
