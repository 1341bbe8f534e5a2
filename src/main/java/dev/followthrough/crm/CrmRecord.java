package dev.followthrough.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One record to write to the CRM, as the outbox holds it.
 *
 * @param externalId    our own stable id ("ft-call-42-task-1"): the same record always carries the same id,
 *                      so the CRM adapter can upsert on it and a retry never creates a second record
 * @param kind          what to write
 * @param callId        the call it belongs to
 * @param ownerEmail    the rep who owns the call (task owner, email sender)
 * @param contactEmails customer attendees' emails, used to find the contacts to associate
 * @param subject       note title, task subject, or email subject
 * @param body          note text, task body (with quote and timestamp), or email body
 * @param dueDate       task due date, {@code null} otherwise or when none was set
 * @param occurredAt    when the call took place
 * @param callUrl       link back to the call page in Followthrough
 */
public record CrmRecord(String externalId, Kind kind, long callId, String ownerEmail, List<String> contactEmails,
                        String subject, String body, LocalDate dueDate, Instant occurredAt, String callUrl) {

    public enum Kind { NOTE, TASK, EMAIL }

    public CrmRecord {
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
    }
}
