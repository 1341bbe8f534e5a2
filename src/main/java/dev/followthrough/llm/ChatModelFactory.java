package dev.followthrough.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the LangChain4j chat model of the configured provider. LangChain4j's own retries are switched off
 * (maxRetries 0) so that {@link ResilientChat} alone decides when to retry, and every model talks through
 * {@link OkHttpChatClient} so that Retry-After survives.
 */
final class ChatModelFactory {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private ChatModelFactory() {
    }

    static ChatModel create(LlmProperties p, String apiKey) {
        OkHttpChatClient.Builder http = OkHttpChatClient.builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(p.timeout());
        String baseUrl = p.baseUrl() == null || p.baseUrl().isBlank() ? null : p.baseUrl().strip();
        return switch (p.providerKind()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(p.effectiveModel())
                    .temperature(p.effectiveTemperature())
                    .maxCompletionTokens(p.maxOutputTokens())
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .strictJsonSchema(true)
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .modelName(p.effectiveModel())
                    .temperature(p.effectiveTemperature())
                    .maxTokens(p.maxOutputTokens())
                    // the system prompt is identical on every call: let Anthropic cache it
                    .cacheSystemMessages(true)
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(baseUrl == null ? "http://localhost:11434" : baseUrl)
                    .modelName(p.effectiveModel())
                    .temperature(p.effectiveTemperature())
                    .numPredict(p.maxOutputTokens())
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .build();
            case NONE -> throw new IllegalStateException("no LLM provider configured");
        };
    }

    /** Whether the provider takes a response format (Anthropic's Messages API, as LangChain4j 1.17 drives it, does not). */
    static boolean supportsResponseFormat(LlmProperties.Provider provider) {
        return provider == LlmProperties.Provider.OPENAI || provider == LlmProperties.Provider.OLLAMA;
    }
}
