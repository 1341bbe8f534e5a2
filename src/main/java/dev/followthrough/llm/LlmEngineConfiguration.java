package dev.followthrough.llm;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The LLM engine, created only when {@link LlmConfiguredCondition} holds. Its extractor and drafter are
 * {@code @Primary}, so the job gets them instead of the offline ones, which they keep as fallback: those are
 * injected by their bean names {@code offlineActionItemExtractor} and {@code offlineFollowUpDrafter}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmConfiguredCondition.class)
class LlmEngineConfiguration {

    @Bean
    ChatModel followthroughChatModel(LlmProperties props, Environment env) {
        return ChatModelFactory.create(props, LlmConfiguredCondition.apiKey(env, props.providerKind()));
    }

    @Bean
    ResilientChat resilientChat(ChatModel followthroughChatModel, LlmProperties props, LlmRunBudget budget) {
        return new ResilientChat(followthroughChatModel, props, budget, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    @Bean
    LlmCallAnalyser llmCallAnalyser(ResilientChat chat, PromptLibrary prompts, RepSampleEmails samples,
                                    ObjectProvider<StyleProfiler> profiler, LlmProperties props, LlmReviewFlags flags) {
        return new LlmCallAnalyser(chat, prompts, samples, Optional.ofNullable(profiler.getIfUnique()), props, flags);
    }

    @Bean
    LlmClaimJudge llmClaimJudge(ResilientChat chat, PromptLibrary prompts, LlmProperties props) {
        return new LlmClaimJudge(chat, prompts, props);
    }

    @Bean
    @Primary
    LlmActionItemExtractor llmActionItemExtractor(LlmCallAnalyser analyser,
                                                  @Qualifier("offlineActionItemExtractor") ActionItemExtractor offline,
                                                  LlmStatus status) {
        return new LlmActionItemExtractor(analyser, offline, status);
    }

    @Bean
    @Primary
    LlmFollowUpDrafter llmFollowUpDrafter(LlmCallAnalyser analyser,
                                          @Qualifier("offlineFollowUpDrafter") FollowUpDrafter offline,
                                          LlmStatus status) {
        return new LlmFollowUpDrafter(analyser, offline, status);
    }
}
