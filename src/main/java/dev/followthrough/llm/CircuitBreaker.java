package dev.followthrough.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends calls to the offline engine while the provider keeps failing: after {@code threshold} consecutive failed
 * calls it opens for {@code openFor}, then lets one trial call through (half-open); a success closes it.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = Math.max(1, threshold);
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized boolean allow() {
        State s = state();
        if (s == State.CLOSED) {
            return true;
        }
        if (s == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    synchronized void success() {
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    /** A trial that never reached the provider: let the next caller try instead. */
    synchronized void cancelTrial() {
        trialInFlight = false;
    }

    synchronized void failure() {
        failures++;
        if (trialInFlight || failures >= threshold) {
            openedAt = clock.instant();
        }
        trialInFlight = false;
    }

    synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }
}
