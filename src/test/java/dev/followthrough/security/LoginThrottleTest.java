package dev.followthrough.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTest {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void locksAfterRepeatedFailuresAndUnlocksAfterTheWindow() {
        MovableClock clock = new MovableClock();
        LoginThrottle t = new LoginThrottle(clock);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("Dana", "wrong");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            t.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        assertThat(t.isLocked("dana")).isFalse();
        t.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        assertThat(t.isLocked("dana")).isTrue();
        assertThat(t.isLocked("someone-else")).isFalse();
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(t.isLocked("dana")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        LoginThrottle t = new LoginThrottle(new MovableClock());
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("ana", "wrong");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            t.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        }
        t.onSuccess(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("ana", null, java.util.List.of())));
        t.onFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        assertThat(t.isLocked("ana")).isFalse();
    }
}
