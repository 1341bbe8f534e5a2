package dev.followthrough.core;

/**
 * Someone on the call. The role comes from the rep roster and the metadata sidecar, never from a guess:
 * a speaker nobody vouches for stays {@link Role#UNKNOWN}.
 */
public record Participant(String name, String email, Role role) {

    public enum Role { REP, CUSTOMER, UNKNOWN }
}
