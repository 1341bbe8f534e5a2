package dev.followthrough.rep;

import java.util.List;

/** A sales rep on the roster. */
public record RepInfo(long id, String name, String email, List<String> aliases) {

    public RepInfo {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
