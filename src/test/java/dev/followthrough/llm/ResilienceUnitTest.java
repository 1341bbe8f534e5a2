package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResilienceUnitTest {

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
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
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertThat(OkHttpChatClient.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
        assertThat(OkHttpChatClient.retryAfter("0.5")).isEqualTo(Duration.ofMillis(500));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(OkHttpChatClient.retryAfter(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(OkHttpChatClient.retryAfter("soon")).isNull();
        assertThat(OkHttpChatClient.retryAfter(null)).isNull();
    }

    @Test
    void breakerOpensThenLetsOneTrialThrough() {
        MutableClock clock = new MutableClock();
        CircuitBreaker b = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
        b.failure();
        assertThat(b.allow()).isTrue();
        b.failure();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(b.allow()).isFalse();
        clock.now = clock.now.plusSeconds(31);
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(b.allow()).isTrue();
        assertThat(b.allow()).as("only one trial at a time").isFalse();
        b.failure();
        assertThat(b.state()).as("a failed trial reopens at once").isEqualTo(CircuitBreaker.State.OPEN);
        clock.now = clock.now.plusSeconds(31);
        assertThat(b.allow()).isTrue();
        b.success();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void dayBudgetResetsAtUtcMidnight() {
        MutableClock clock = new MutableClock();
        LlmRunBudget budget = new LlmRunBudget(new BudgetProperties(BigDecimal.ZERO, new BigDecimal("0.10")),
                new SimpleMeterRegistry(), clock);
        assertThat(budget.tryReserve(new BigDecimal("0.05"))).isTrue();
        budget.record(new BigDecimal("0.08"));
        assertThat(budget.tryReserve(new BigDecimal("0.05"))).isFalse();
        assertThat(budget.isExhausted()).isTrue();
        clock.now = Instant.parse("2026-12-02T00:00:01Z");
        assertThat(budget.isExhausted()).isFalse();
        assertThat(budget.spentToday()).isEqualByComparingTo("0");
        assertThat(budget.tryReserve(new BigDecimal("0.05"))).isTrue();
    }

    @Test
    void priceTableMatchesDatedModelNamesAndChargesUnknownModelsTheFallbackPrice() {
        Map<String, LlmProperties.Price> table = Map.of(
                "gpt-4.1-mini", new LlmProperties.Price(new BigDecimal("0.40"), new BigDecimal("1.60")),
                "gpt-4.1", new LlmProperties.Price(new BigDecimal("2"), new BigDecimal("8")));
        Pricing pricing = new Pricing(table, new LlmProperties.Price(new BigDecimal("5"), new BigDecimal("20")));
        assertThat(pricing.cost("gpt-4.1-mini-2025-04-14", 1_000_000, 0)).isEqualByComparingTo("0.40");
        assertThat(pricing.cost("gpt-4.1", 0, 1_000_000)).isEqualByComparingTo("8");
        assertThat(pricing.cost("mystery-model", 1_000_000, 1_000_000)).isEqualByComparingTo("25");
        assertThat(new Pricing(table, null).cost("llama3.1", 1000, 1000)).as("local models are free")
                .isEqualByComparingTo("0");
    }

    @Test
    void onlyRateLimitsServerErrorsAndConnectionFailuresAreRetried() {
        assertThat(ResilientChat.retryable(new ProviderHttpException(429, "", null))).isTrue();
        assertThat(ResilientChat.retryable(new ProviderHttpException(503, "", null))).isTrue();
        assertThat(ResilientChat.retryable(new ProviderHttpException(401, "", null))).isFalse();
        assertThat(ResilientChat.retryable(new ProviderHttpException(400, "", null))).isFalse();
        assertThat(ResilientChat.retryable(new java.io.UncheckedIOException(new java.net.SocketTimeoutException("t"))))
                .isFalse();
        assertThat(ResilientChat.retryable(new java.io.UncheckedIOException(new java.net.ConnectException("refused"))))
                .isTrue();
    }
}
