package dev.followthrough.crm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-11-03T20:30:00Z"), ZoneOffset.UTC);

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("7", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Tue, 03 Nov 2026 20:31:30 GMT", clock)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Tue, 03 Nov 2026 20:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void absentOrUnreadableIsNull() {
        assertThat(RetryAfter.parse(null, clock)).isNull();
        assertThat(RetryAfter.parse("", clock)).isNull();
        assertThat(RetryAfter.parse("soon", clock)).isNull();
        assertThat(RetryAfter.parse("-5", clock)).isNull();
    }

    @Test
    void textHelpersMarkCutsAndKeepLineBreaks() {
        assertThat(CrmText.truncate("abcdefghijkl", 10)).hasSize(10).endsWith("[...]");
        assertThat(CrmText.truncate("short", 10)).isEqualTo("short");
        assertThat(CrmText.html("a < b & \"c\"\r\nd")).isEqualTo("a &lt; b &amp; &quot;c&quot;<br>d");
        assertThat(Secrets.redact("Bearer abcd1234 echoed", "abcd1234")).isEqualTo("Bearer **** echoed");
    }
}
