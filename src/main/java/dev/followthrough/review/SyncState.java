package dev.followthrough.review;

import dev.followthrough.crm.outbox.OutboxItem;
import dev.followthrough.crm.outbox.OutboxStatus;
import java.util.List;

/** A call's CRM state, summed up from its outbox records. */
public enum SyncState {
    NOT_QUEUED, PENDING, WAITING_FOR_CRM, SYNCED, FAILED;

    static SyncState of(List<OutboxItem> records) {
        if (records.isEmpty()) {
            return NOT_QUEUED;
        }
        if (records.stream().anyMatch(r -> r.status() == OutboxStatus.FAILED)) {
            return FAILED;
        }
        if (records.stream().allMatch(r -> r.status() == OutboxStatus.SENT)) {
            return SYNCED;
        }
        if (records.stream().anyMatch(r -> r.status() == OutboxStatus.WAITING_FOR_CRM)) {
            return WAITING_FOR_CRM;
        }
        return PENDING;
    }
}
