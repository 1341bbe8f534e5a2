package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rate and concurrency limits of ResilientChat, on an in-process model (no HTTP needed to count starts). */
class ResilientChatLimitsTest {

    private static LlmProperties props(int concurrency, int rpm) {
        return new LlmProperties("openai", null, null, "k", Duration.ofSeconds(5), concurrency, rpm, 0,
                Duration.ofMillis(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(60), 100, 0.2, "schema",
                java.util.Map.of(), null, true, null, "x", 0);
    }

    private static LlmRunBudget budget() {
        return new LlmRunBudget(new BudgetProperties(BigDecimal.ZERO, BigDecimal.ZERO), new SimpleMeterRegistry(),
                java.time.Clock.systemUTC());
    }

    private static ChatResponse ok() {
        return ChatResponse.builder().aiMessage(AiMessage.from("{}")).tokenUsage(new TokenUsage(10, 2)).build();
    }

    @Test
    void requestsPerMinuteAreSpacedOut() {
        ResilienceUnitTest.MutableClock clock = new ResilienceUnitTest.MutableClock();
        List<Duration> waits = new ArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ok();
            }
        };
        ResilientChat chat = new ResilientChat(model, props(2, 2), budget(), clock, d -> {
            waits.add(d);
            clock.now = clock.now.plus(d);
        });

        for (int i = 0; i < 3; i++) {
            chat.chat("s", "u", null);
            clock.now = clock.now.plusSeconds(1);
        }

        assertThat(waits).as("the third start waits until the first is a minute old").containsExactly(Duration.ofSeconds(58));
    }

    @Test
    void noMoreThanMaxConcurrencyCallsAreInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(2);
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                int now = inFlight.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                started.countDown();
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return ok();
            }
        };
        ResilientChat chat = new ResilientChat(model, props(2, 0), budget(), java.time.Clock.systemUTC(), d -> { });
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<ResilientChat.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                replies.add(pool.submit(() -> chat.chat("s", "u", null)));
            }
            for (Future<ResilientChat.Reply> f : replies) {
                assertThat(f.get(10, TimeUnit.SECONDS).tokensIn()).isEqualTo(10);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(started.getCount()).isZero();
        assertThat(peak.get()).isEqualTo(2);
    }
}
