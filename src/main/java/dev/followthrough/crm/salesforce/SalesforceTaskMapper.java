package dev.followthrough.crm.salesforce;

import java.time.LocalDate;
import java.time.ZoneId;

import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.CrmText;
import tools.jackson.databind.node.ObjectNode;

/**
 * Task fields for one outbox record (Task object reference; API-NOTES.md section 2.2). Every record kind becomes a
 * Task because Task supports upsert on an External ID field and exists in every org: the call summary is a
 * completed "logged call" Task, the follow-up a completed "Email:" Task, each action item an open Task. TaskSubtype
 * is not set: it cannot be updated, and an upsert may be an update.
 */
final class SalesforceTaskMapper {

    static final int SUBJECT_MAX = 255;
    /** Task.Description is a 32,000-character text area. */
    static final int DESCRIPTION_MAX = 32_000;

    private final ZoneId zone;

    SalesforceTaskMapper(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param isUpdate true when updating a Task our ledger knows: its Status is the rep's now, so it is left alone
     */
    ObjectNode fields(CrmRecord r, String whoId, String whatId, String ownerId, boolean isUpdate) {
        ObjectNode f = CrmJson.object();
        String subject = r.kind() == CrmRecord.Kind.EMAIL ? "Email: " + r.subject() : r.subject();
        f.put("Subject", CrmText.truncate(subject, SUBJECT_MAX));
        f.put("Description", description(r));
        if (whoId != null) {
            f.put("WhoId", whoId);
        }
        if (whatId != null) {
            f.put("WhatId", whatId);
        }
        if (ownerId != null) {
            f.put("OwnerId", ownerId);
        }
        switch (r.kind()) {
            case TASK -> {
                if (r.dueDate() != null) {
                    f.put("ActivityDate", r.dueDate().toString());
                }
                if (!isUpdate) {
                    f.put("Status", "Not Started");
                    f.put("Priority", "Normal");
                }
            }
            case NOTE, EMAIL -> {
                f.put("Status", "Completed");
                LocalDate day = r.occurredAt() == null ? null : r.occurredAt().atZone(zone).toLocalDate();
                if (day != null) {
                    f.put("ActivityDate", day.toString());
                }
            }
        }
        return f;
    }

    private static String description(CrmRecord r) {
        String link = r.callUrl() == null || r.callUrl().isBlank() || r.kind() == CrmRecord.Kind.EMAIL
                ? "" : "\n\nCall in Followthrough: " + r.callUrl();
        String body = r.body() == null ? "" : r.body();
        return CrmText.truncate(body, DESCRIPTION_MAX - link.length()) + link;
    }
}
