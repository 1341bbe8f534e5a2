package dev.followthrough.crm.http;

import java.util.List;

/** Where the bearer token comes from: a fixed token (HubSpot private app), or one that can be fetched again. */
public interface TokenSource {

    String token();

    /** True when {@link #invalidate} followed by {@link #token()} can yield a new token. */
    default boolean refreshable() {
        return false;
    }

    /** The CRM refused this token (401): forget it, so the next {@link #token()} fetches a new one. */
    default void invalidate(String rejected) {
    }

    /** Every secret that must never show up in a message: tokens issued so far, client secrets. */
    List<String> secrets();

    static TokenSource fixed(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token is not set");
        }
        return new TokenSource() {
            @Override
            public String token() {
                return token;
            }

            @Override
            public List<String> secrets() {
                return List.of(token);
            }
        };
    }
}
