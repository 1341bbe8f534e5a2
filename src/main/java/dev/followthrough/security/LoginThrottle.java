package dev.followthrough.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated wrong passwords, so a password cannot be guessed at speed
 * through the login form or the API. In memory: a restart forgets, which is acceptable for a lockout.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Deque<Instant> f = failures.get(key(username));
        if (f == null) {
            return false;
        }
        synchronized (f) {
            prune(f);
            return f.size() >= MAX_FAILURES;
        }
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent e) {
        String name = String.valueOf(e.getAuthentication().getName());
        Deque<Instant> f = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
        synchronized (f) {
            prune(f);
            f.addLast(clock.instant());
            if (f.size() == MAX_FAILURES) {
                log.warn("Sign-in for '{}' locked for {} minutes after {} wrong passwords", name, WINDOW.toMinutes(),
                        MAX_FAILURES);
            }
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent e) {
        failures.remove(key(e.getAuthentication().getName()));
    }

    private void prune(Deque<Instant> f) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!f.isEmpty() && f.peekFirst().isBefore(cutoff)) {
            f.pollFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
