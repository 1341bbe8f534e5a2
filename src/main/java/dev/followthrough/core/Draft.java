package dev.followthrough.core;

/** A follow-up email. */
public record Draft(String subject, String body) {
}
