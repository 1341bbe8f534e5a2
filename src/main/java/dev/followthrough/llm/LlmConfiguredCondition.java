package dev.followthrough.llm;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a provider is named and, for the hosted ones, a key is present: only then do LLM beans exist. */
class LlmConfiguredCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return offlineReason(context.getEnvironment()) == null;
    }

    /** Why the engine stays offline, or {@code null} when the LLM can be used. */
    static String offlineReason(Environment env) {
        String provider = env.getProperty("followthrough.llm.provider", "none").strip();
        LlmProperties.Provider kind;
        try {
            kind = LlmProperties.Provider.parse(provider.isEmpty() ? "none" : provider);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (kind == LlmProperties.Provider.NONE) {
            return "no LLM provider configured (set FOLLOWTHROUGH_LLM_PROVIDER to openai, anthropic or ollama)";
        }
        if (kind.needsKey() && apiKey(env, kind) == null) {
            return "provider " + provider + " has no API key (set FOLLOWTHROUGH_LLM_API_KEY)";
        }
        return null;
    }

    /** FOLLOWTHROUGH_LLM_API_KEY (followthrough.llm.api-key), else the provider's customary variable. */
    static String apiKey(Environment env, LlmProperties.Provider kind) {
        String key = env.getProperty("followthrough.llm.api-key");
        if (key == null || key.isBlank()) {
            key = switch (kind) {
                case OPENAI -> env.getProperty("OPENAI_API_KEY");
                case ANTHROPIC -> env.getProperty("ANTHROPIC_API_KEY");
                default -> null;
            };
        }
        return key == null || key.isBlank() ? null : key.strip();
    }
}
