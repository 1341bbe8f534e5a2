package dev.followthrough.crm.outbox;

import dev.followthrough.call.CallDetails;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Participant;
import dev.followthrough.crm.CrmRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What must reach the CRM for each call: a note, a task per action item, the follow-up email. Each record
 * has a stable external id derived from the call, so queuing a call again updates its records in place
 * instead of adding new ones.
 */
@Service
public class CrmOutbox {

    private final OutboxRepository outbox;
    private final JsonMapper json;

    CrmOutbox(OutboxRepository outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Queues (or re-queues, when the content changed) the call's records. */
    @Transactional
    public List<OutboxItem> enqueue(CallDetails call, String callUrl) {
        List<OutboxItem> out = new ArrayList<>();
        for (CrmRecord r : records(call, callUrl)) {
            OutboxEntry e = outbox.findByExternalId(r.externalId())
                    .orElseGet(() -> new OutboxEntry(call.id(), r.externalId(), r.kind()));
            String payload = json.writeValueAsString(r);
            boolean changed = !payload.equals(e.payloadJson);
            if (e.status == null || changed || e.status == OutboxStatus.FAILED) {
                e.payloadJson = payload;
                e.status = OutboxStatus.PENDING;
                e.nextAttemptAt = null;
                e.lastError = null;
                e.updatedAt = Instant.now();
            }
            out.add(outbox.save(e).toItem());
        }
        return out;
    }

    static List<CrmRecord> records(CallDetails call, String callUrl) {
        String owner = call.rep() == null ? null : call.rep().email();
        List<String> contacts = call.participants().stream()
                .filter(p -> p.role() == Participant.Role.CUSTOMER)
                .map(Participant::email).filter(Objects::nonNull).distinct().toList();
        Instant when = call.meetingDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        String prefix = "ft-call-" + call.id();
        List<CrmRecord> records = new ArrayList<>();
        records.add(new CrmRecord(prefix + "-note", CrmRecord.Kind.NOTE, call.id(), owner, contacts,
                noteTitle(call), noteBody(call, callUrl), null, when, callUrl));
        int i = 1;
        for (ActionItem item : call.actionItems()) {
            records.add(new CrmRecord(prefix + "-task-" + i++, CrmRecord.Kind.TASK, call.id(), owner, contacts,
                    item.task(), taskBody(item, callUrl), item.dueDate(), when, callUrl));
        }
        if (call.draft() != null) {
            records.add(new CrmRecord(prefix + "-email", CrmRecord.Kind.EMAIL, call.id(), owner, contacts,
                    call.draft().subject(), call.draft().body(), null, when, callUrl));
        }
        return records;
    }

    private static String noteTitle(CallDetails call) {
        String title = call.title() != null ? call.title()
                : "Call" + (call.customer() != null ? " with " + call.customer() : "");
        return title + " (" + call.meetingDate().format(DateTimeFormatter.ISO_LOCAL_DATE) + ")";
    }

    private static String noteBody(CallDetails call, String callUrl) {
        StringBuilder sb = new StringBuilder();
        sb.append(noteTitle(call)).append('\n');
        sb.append("Participants: ").append(String.join(", ",
                call.participants().stream().map(Participant::name).toList())).append('\n');
        if (call.actionItems().isEmpty()) {
            sb.append("No action items were agreed on the call.\n");
        } else {
            sb.append("Action items:\n");
            for (ActionItem a : call.actionItems()) {
                sb.append("- ").append(a.owner() == null ? "Unassigned" : a.owner()).append(": ").append(a.task());
                if (a.dueDate() != null) {
                    sb.append(" (due ").append(a.dueDate()).append(')');
                }
                sb.append('\n');
            }
        }
        sb.append("Full call in Followthrough: ").append(callUrl).append('\n');
        return sb.toString();
    }

    private static String taskBody(ActionItem item, String callUrl) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : item.evidence()) {
            sb.append('[').append(e.start() == null ? "" : dev.followthrough.core.Timestamps.format(e.start()))
                    .append("] ").append(e.speaker() == null ? "" : e.speaker() + ": ")
                    .append('"').append(e.quote()).append("\"\n");
        }
        sb.append("From the call: ").append(callUrl);
        return sb.toString();
    }

    public CrmRecord payload(OutboxItem item) {
        return json.readValue(outbox.findById(item.id()).orElseThrow().payloadJson, CrmRecord.class);
    }

    @Transactional(readOnly = true)
    public List<OutboxItem> forCall(long callId) {
        return outbox.findByCallIdOrderByIdAsc(callId).stream().map(OutboxEntry::toItem).toList();
    }

    @Transactional(readOnly = true)
    public List<OutboxItem> recent() {
        return outbox.findTop200ByOrderByIdDesc().stream().map(OutboxEntry::toItem).toList();
    }

    @Transactional(readOnly = true)
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> m = new TreeMap<>();
        for (OutboxStatus s : OutboxStatus.values()) {
            m.put(s, outbox.countByStatus(s));
        }
        return m;
    }

    /** The states a sync sends from, once next_attempt_at (a retry's wait, or another sender's lease) has passed. */
    static final Set<OutboxStatus> DUE = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.WAITING_FOR_CRM,
            OutboxStatus.RETRY);

    @Transactional(readOnly = true)
    List<OutboxEntry> due(Instant now) {
        return outbox.findByStatusInOrderByIdAsc(DUE).stream()
                .filter(e -> e.nextAttemptAt == null || !e.nextAttemptAt.isAfter(now)).toList();
    }

    /** An admin's retry of a FAILED record after fixing its cause. */
    @Transactional
    public void retry(long outboxId) {
        outbox.findById(outboxId).ifPresent(e -> {
            e.status = OutboxStatus.PENDING;
            e.nextAttemptAt = null;
            e.updatedAt = Instant.now();
        });
    }
}
