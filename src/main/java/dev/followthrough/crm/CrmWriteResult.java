package dev.followthrough.crm;

import java.util.List;

/**
 * What the CRM holds after a write: the record's CRM id, the ids it was associated with, and warnings an admin
 * should see although the write succeeded (an attendee with no CRM contact, a rep with no CRM user).
 */
public record CrmWriteResult(String crmId, List<String> associatedIds, List<String> warnings) {

    public CrmWriteResult {
        associatedIds = associatedIds == null ? List.of() : List.copyOf(associatedIds);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public CrmWriteResult(String crmId, List<String> associatedIds) {
        this(crmId, associatedIds, List.of());
    }
}
