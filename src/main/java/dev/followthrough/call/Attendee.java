package dev.followthrough.call;

/** A customer-side attendee, as the metadata sidecar or the upload names them. */
public record Attendee(String name, String email) {
}
