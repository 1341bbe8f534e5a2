package dev.followthrough.crm;

/**
 * Writes outbox records to one CRM. Implementations must be idempotent on {@link CrmRecord#externalId()}
 * (upsert on a unique property or External ID field), so that the outbox may send a record again after a
 * timeout or a crash without creating a duplicate.
 */
public interface CrmGateway {

    /** "hubspot", "salesforce". */
    String name();

    /**
     * @param knownCrmId the CRM id our ledger already holds for this record, or {@code null}
     * @throws CrmException classified so the outbox knows whether to retry, park or fail the record
     */
    CrmWriteResult write(CrmRecord record, String knownCrmId);
}
