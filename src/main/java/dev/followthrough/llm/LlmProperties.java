package dev.followthrough.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the LLM engine ({@code followthrough.llm.*}). With the default provider {@code none} no LLM bean
 * exists and every stage runs on the offline engine.
 *
 * @param provider          none | openai (any OpenAI-compatible endpoint) | anthropic | ollama
 * @param baseUrl           endpoint; empty means the provider's public default
 * @param model             model name as the provider spells it
 * @param apiKey            key; bound from FOLLOWTHROUGH_LLM_API_KEY, else OPENAI_API_KEY / ANTHROPIC_API_KEY
 * @param timeout           read timeout of one request: the whole answer must arrive within it (no streaming)
 * @param maxConcurrency    requests in flight at once to the provider
 * @param requestsPerMinute requests started per minute; 0 = unlimited
 * @param maxRetries        retries after a 429 / 5xx / connection failure (ours; LangChain4j's are off)
 * @param retryBackoff      first backoff, doubled each retry, unless the provider sends Retry-After
 * @param maxRetryWait      the longest single wait we accept, Retry-After included
 * @param breakerFailures   consecutive failed calls that open the circuit breaker
 * @param breakerOpenFor    how long the breaker stays open before one trial call
 * @param maxOutputTokens   cap on generated tokens per call
 * @param temperature       sampling temperature; -1 sends none (reasoning models accept only their default)
 * @param responseFormat    schema (structured output with the answer's JSON schema, strict on OpenAI), json (JSON
 *                          mode only) or none, for OpenAI-compatible servers and Ollama; Anthropic always gets none
 * @param prices            USD per 1M tokens by model name (a dated name matches its prefix)
 * @param unknownModelPrice what a hosted model missing from {@code prices} is charged, so that the budgets still
 *                          bite; deliberately on the high side, and logged. Ollama models cost 0
 * @param redactPii         mask emails, phone, card and account numbers before text leaves the machine
 * @param promptsDir        filesystem folder of prompt files; empty = the packaged {@code classpath:prompts/}
 * @param fewShotDir        folder of reps' sent emails, one subfolder per email local part
 * @param fewShotCount      sample emails of the rep put into the prompt
 */
@ConfigurationProperties("followthrough.llm")
public record LlmProperties(
        @DefaultValue("none") String provider,
        String baseUrl,
        String model,
        String apiKey,
        @DefaultValue("120s") Duration timeout,
        @DefaultValue("2") int maxConcurrency,
        @DefaultValue("30") int requestsPerMinute,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("30s") Duration maxRetryWait,
        @DefaultValue("3") int breakerFailures,
        @DefaultValue("60s") Duration breakerOpenFor,
        @DefaultValue("4000") int maxOutputTokens,
        @DefaultValue("0.2") Double temperature,
        @DefaultValue("schema") String responseFormat,
        Map<String, Price> prices,
        Price unknownModelPrice,
        @DefaultValue("true") boolean redactPii,
        String promptsDir,
        @DefaultValue("sample-transcripts/reps") String fewShotDir,
        @DefaultValue("3") int fewShotCount) {

    public LlmProperties {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        unknownModelPrice = unknownModelPrice == null
                ? new Price(new BigDecimal("5.00"), new BigDecimal("20.00")) : unknownModelPrice;
        provider = provider == null || provider.isBlank() ? "none" : provider.strip().toLowerCase(Locale.ROOT);
        Provider.parse(provider); // a misspelt provider fails the start rather than silently running offline
        responseFormat = responseFormat == null || responseFormat.isBlank() ? "schema"
                : responseFormat.strip().toLowerCase(Locale.ROOT);
        if (!responseFormat.matches("schema|json|none")) {
            throw new IllegalArgumentException("followthrough.llm.response-format must be schema, json or none, not '"
                    + responseFormat + "'");
        }
    }

    /** USD per one million tokens. */
    public record Price(BigDecimal input, BigDecimal output) {
    }

    /** The temperature to send, {@code null} for the provider's default. */
    public Double effectiveTemperature() {
        return temperature == null || temperature < 0 ? null : temperature;
    }

    /** The same settings with another model, for the LLM judge when it is set to a model of its own. */
    public LlmProperties withModel(String otherModel) {
        return new LlmProperties(provider, baseUrl, otherModel, apiKey, timeout, maxConcurrency, requestsPerMinute,
                maxRetries, retryBackoff, maxRetryWait, breakerFailures, breakerOpenFor, maxOutputTokens, temperature,
                responseFormat, prices, unknownModelPrice, redactPii, promptsDir, fewShotDir, fewShotCount);
    }

    public Provider providerKind() {
        return Provider.parse(provider);
    }

    /** The model to use: the configured one, else a sensible default of the provider. */
    public String effectiveModel() {
        if (model != null && !model.isBlank()) {
            return model.strip();
        }
        return switch (providerKind()) {
            case OPENAI -> "gpt-4.1-mini";
            case ANTHROPIC -> "claude-sonnet-4-5";
            case OLLAMA -> "llama3.1";
            case NONE -> "none";
        };
    }

    public enum Provider {
        NONE, OPENAI, ANTHROPIC, OLLAMA;

        static Provider parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("followthrough.llm.provider must be none, openai, anthropic or ollama, not '"
                        + value + "'", e);
            }
        }

        /** Ollama runs locally and needs no key; the others do. */
        boolean needsKey() {
            return this == OPENAI || this == ANTHROPIC;
        }
    }
}
