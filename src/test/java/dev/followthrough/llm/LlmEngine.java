package dev.followthrough.llm;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.followthrough.drafting.StyleProfiler;
import java.util.Optional;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The LLM engine wired by hand as LlmEngineConfiguration wires it, with a recording sleeper instead of real waits. */
final class LlmEngine {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<Duration> sleeps = new ArrayList<>();
    final LlmRunBudget budget;
    final ResilientChat chat;
    final LlmReviewFlags flags = new LlmReviewFlags();
    final LlmFixtures.FakeOfflineExtractor offlineExtractor = new LlmFixtures.FakeOfflineExtractor();
    final LlmFixtures.FakeOfflineDrafter offlineDrafter = new LlmFixtures.FakeOfflineDrafter();
    final LlmStatus status;
    final LlmActionItemExtractor extractor;
    final LlmFollowUpDrafter drafter;

    LlmEngine(LlmProperties props, BudgetProperties limits) {
        this(props, limits, Optional.empty());
    }

    LlmEngine(LlmProperties props, BudgetProperties limits, Optional<StyleProfiler> profiler) {
        budget = new LlmRunBudget(limits, registry, Clock.systemUTC());
        chat = new ResilientChat(ChatModelFactory.create(props, props.apiKey()), props, budget, Clock.systemUTC(),
                sleeps::add);
        LlmCallAnalyser analyser = new LlmCallAnalyser(chat, new PromptLibrary(props), new RepSampleEmails(props),
                profiler, props, flags);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("resilientChat", chat);
        MockEnvironment env = new MockEnvironment().withProperty("followthrough.llm.provider", props.provider())
                .withProperty("followthrough.llm.api-key", props.apiKey());
        status = new LlmStatus(props, budget, beans.getBeanProvider(ResilientChat.class), new PromptLibrary(props), env,
                registry);
        extractor = new LlmActionItemExtractor(analyser, offlineExtractor, status);
        drafter = new LlmFollowUpDrafter(analyser, offlineDrafter, status);
    }
}
