package dev.followthrough.crm.outbox;

public enum OutboxStatus {
    /** Ready to send on the next sync. */
    PENDING,
    /** No CRM is configured: kept until one is connected, then sent. */
    WAITING_FOR_CRM,
    /** A retryable failure: sent again once next_attempt_at has passed. */
    RETRY,
    /** The CRM holds it; crm_id says where. */
    SENT,
    /** An error that will not heal without a fix; last_error has the CRM's message. */
    FAILED
}
