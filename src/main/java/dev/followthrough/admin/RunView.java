package dev.followthrough.admin;

import java.time.LocalDateTime;

/**
 * One job run as admins see it.
 *
 * @param total    calls waiting for analysis when the run's analyse step began
 * @param done     calls the analyse step has finished (stored or failed)
 * @param progress 0-100, for the progress bar
 * @param restartable failed or stopped, and not restarted since (a restart is a new execution of the same instance)
 * @param restartOf  the execution this one restarted, or {@code null}
 */
public record RunView(long id, String status, String trigger, LocalDateTime start, LocalDateTime end, String currentStep,
                      int read, int imported, int duplicates, int quarantined, int total, int done, int processed,
                      int failed, int sent, int waitingForCrm, int progress, String exitMessage, boolean restartable,
                      Long restartOf) {
}
