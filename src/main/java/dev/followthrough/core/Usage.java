package dev.followthrough.core;

import java.math.BigDecimal;

/**
 * What one stage cost.
 *
 * @param engine "offline" or "llm"
 * @param model  the model, or the offline engine's name and version
 * @param promptVersion hash of the prompt file used, {@code null} offline
 */
public record Usage(String engine, String model, String promptVersion, long tokensIn, long tokensOut,
                    BigDecimal costUsd, long latencyMs) {

    public static Usage offline(String model, long latencyMs) {
        return new Usage("offline", model, null, 0, 0, BigDecimal.ZERO, latencyMs);
    }

    public Usage plus(Usage other) {
        if (other == null) {
            return this;
        }
        String eng = engine.equals(other.engine) ? engine : "mixed";
        String mod = model.equals(other.model) ? model : model + "+" + other.model;
        return new Usage(eng, mod, promptVersion != null ? promptVersion : other.promptVersion,
                tokensIn + other.tokensIn, tokensOut + other.tokensOut, costUsd.add(other.costUsd),
                latencyMs + other.latencyMs);
    }
}
