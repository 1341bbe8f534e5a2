package dev.followthrough.crm.hubspot;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.http.CrmJson;
import dev.followthrough.crm.http.CrmText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HubSpot properties for one outbox record. Property names and values: HubSpot notes, tasks and emails guides
 * (shared/contracts/API-NOTES.md section 1.2). All values are strings, as HubSpot's API takes them.
 */
final class HubSpotRecordMapper {

    /** hs_note_body's documented maximum; the same cap keeps task bodies and email text sane. */
    static final int BODY_MAX = 65_536;
    static final int SUBJECT_MAX = 255;
    /** A due date becomes a morning in the account's zone, so every nearby zone still shows the same day. */
    static final LocalTime DUE_TIME = LocalTime.of(9, 0);

    private final String uniqueProperty;
    private final ZoneId zone;

    HubSpotRecordMapper(String uniqueProperty, ZoneId zone) {
        this.uniqueProperty = uniqueProperty;
        this.zone = zone;
    }

    /**
     * @param ownerId  the rep's HubSpot owner id, or {@code null} to leave the owner unset
     * @param isUpdate true when updating an object our ledger already knows: fields the rep may have changed in
     *                 HubSpot since (a task's status) are left alone
     */
    Map<String, String> properties(CrmRecord r, String ownerId, boolean isUpdate) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(uniqueProperty, r.externalId());
        if (ownerId != null) {
            p.put("hubspot_owner_id", ownerId);
        }
        switch (r.kind()) {
            case NOTE -> {
                p.put("hs_timestamp", timestamp(r.occurredAt()));
                p.put("hs_note_body", richText(r.subject(), r.body(), r.callUrl()));
            }
            case TASK -> {
                p.put("hs_timestamp", r.dueDate() != null
                        ? timestamp(r.dueDate().atTime(DUE_TIME).atZone(zone).toInstant())
                        : timestamp(r.occurredAt()));
                p.put("hs_task_subject", CrmText.truncate(r.subject(), SUBJECT_MAX));
                String body = r.dueDate() == null ? r.body() + "\n\n(No due date was set on the call.)" : r.body();
                p.put("hs_task_body", richText(null, body, r.callUrl()));
                p.put("hs_task_type", "TODO");
                if (!isUpdate) {
                    p.put("hs_task_status", "NOT_STARTED");
                }
            }
            case EMAIL -> {
                p.put("hs_timestamp", timestamp(r.occurredAt()));
                p.put("hs_email_direction", "EMAIL");
                p.put("hs_email_status", "SENT");
                p.put("hs_email_subject", CrmText.truncate(r.subject(), SUBJECT_MAX));
                p.put("hs_email_text", CrmText.truncate(r.body(), BODY_MAX));
                p.put("hs_email_headers", emailHeaders(r.ownerEmail(), r.contactEmails()));
            }
        }
        return p;
    }

    private static String timestamp(Instant at) {
        return (at == null ? Instant.EPOCH : at).toString();
    }

    private static String richText(String heading, String body, String callUrl) {
        StringBuilder html = new StringBuilder();
        if (heading != null && !heading.isBlank()) {
            html.append("<p><strong>").append(CrmText.html(heading)).append("</strong></p>");
        }
        html.append("<p>").append(CrmText.html(body)).append("</p>");
        String link = callUrl == null || callUrl.isBlank() ? ""
                : "<p><a href=\"" + CrmText.html(callUrl) + "\">Open the call in Followthrough</a></p>";
        return CrmText.truncate(html.toString(), BODY_MAX - link.length()) + link;
    }

    /** HubSpot wants the headers as a JSON document escaped into a string; they fill the from/to fields. */
    private static String emailHeaders(String from, List<String> to) {
        ObjectNode h = CrmJson.object();
        h.putObject("from").put("email", from);
        ArrayNode toArray = h.putArray("to");
        to.forEach(email -> toArray.addObject().put("email", email));
        h.putArray("cc");
        h.putArray("bcc");
        return CrmJson.write(h);
    }
}
