package dev.followthrough.crm;

import java.util.List;

/** What the CRM holds after a write: the record's CRM id and the ids it was associated with. */
public record CrmWriteResult(String crmId, List<String> associatedIds) {

    public CrmWriteResult {
        associatedIds = associatedIds == null ? List.of() : List.copyOf(associatedIds);
    }
}
