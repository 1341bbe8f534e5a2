package dev.followthrough.crm.outbox;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A CRM that upserts on our external id, as the real adapters do, and can be told to fail the next writes in
 * the ways real CRMs do, including committing and then timing out.
 */
class FakeCrm implements CrmGateway {

    final Map<String, CrmRecord> stored = new LinkedHashMap<>();
    int writes;
    private final Deque<Supplier<CrmException>> failures = new ArrayDeque<>();
    private final Deque<Boolean> commitBeforeFailing = new ArrayDeque<>();

    void failNext(Supplier<CrmException> failure, boolean commitFirst) {
        failures.add(failure);
        commitBeforeFailing.add(commitFirst);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public CrmWriteResult write(CrmRecord record, String knownCrmId) {
        writes++;
        if (!failures.isEmpty()) {
            Supplier<CrmException> failure = failures.poll();
            if (commitBeforeFailing.poll()) {
                stored.put(record.externalId(), record);
            }
            throw failure.get();
        }
        stored.put(record.externalId(), record);
        return new CrmWriteResult("crm-" + record.externalId(), java.util.List.of());
    }
}
