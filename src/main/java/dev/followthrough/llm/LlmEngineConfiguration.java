package dev.followthrough.llm;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The LLM engine, created only when {@link LlmConfiguredCondition} holds. Its extractor, drafter and verifier are
 * {@code @Primary}, so the job gets them instead of the offline ones, which they keep as fallback: those are
 * injected by their bean names {@code offlineActionItemExtractor} and {@code offlineFollowUpDrafter}, and the
 * offline verifier by its type.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmConfiguredCondition.class)
@EnableConfigurationProperties(LlmJudgeProperties.class)
class LlmEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmEngineConfiguration.class);

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

    /**
     * The judge talks to its own model when {@code followthrough.llm.judge.model} names another one: a chat client
     * of its own (its own breaker and limits) that shares the run and day budget. It is not a bean, so the main
     * {@link ResilientChat} stays the only one.
     */
    @Bean
    LlmClaimJudge llmClaimJudge(ResilientChat chat, PromptLibrary prompts, LlmProperties props,
                                LlmJudgeProperties judge, LlmRunBudget budget, Environment env) {
        String model = judge.effectiveModel(props);
        if (model.equals(props.effectiveModel())) {
            return new LlmClaimJudge(chat, prompts, props);
        }
        LlmProperties own = props.withModel(model);
        ResilientChat judgeChat = new ResilientChat(
                ChatModelFactory.create(own, LlmConfiguredCondition.apiKey(env, own.providerKind())), own, budget,
                Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
        return new LlmClaimJudge(judgeChat, prompts, own);
    }

    /**
     * The grounding check with the LLM judge weighing in; the offline verifier runs first and is injected by its
     * type. Off with {@code followthrough.llm.judge.enabled=false}, and then the offline verifier is the check.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(prefix = "followthrough.llm.judge", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    LlmJudgedDraftVerifier llmJudgedDraftVerifier(OfflineDraftVerifier offline, LlmClaimJudge judge,
                                                  LlmJudgeProperties settings, LlmProperties props,
                                                  LlmStatus status) {
        LlmJudgedDraftVerifier verifier = new LlmJudgedDraftVerifier(offline, offline::search, judge, settings,
                settings.effectiveModel(props), status);
        log.info("Grounding check: offline verifier + LLM judge (model {}, up to {} claims per check, may clear"
                + " offline MEDIUM/LOW 'unsupported' findings: {}, and all findings of kinds: {})", verifier.judgeModel(),
                settings.maxClaimsPerCall(), settings.mayClear(), settings.mayClear() ? settings.mayClearKinds() : "none");
        return verifier;
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
