package dev.followthrough.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cost of a call from the price table {@code followthrough.llm.prices} (USD per million tokens). */
final class Pricing {

    private static final Logger log = LoggerFactory.getLogger(Pricing.class);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, LlmProperties.Price> prices;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    Pricing(Map<String, LlmProperties.Price> prices) {
        this.prices = prices;
    }

    BigDecimal cost(String model, long tokensIn, long tokensOut) {
        LlmProperties.Price p = find(model);
        if (p == null) {
            if (warned.add(model)) {
                log.warn("No price for model '{}' in followthrough.llm.prices: its calls are counted as 0 USD, "
                        + "so the budgets cannot stop them", model);
            }
            return BigDecimal.ZERO;
        }
        BigDecimal in = nz(p.input()).multiply(BigDecimal.valueOf(tokensIn));
        BigDecimal out = nz(p.output()).multiply(BigDecimal.valueOf(tokensOut));
        return in.add(out).divide(MILLION, 6, RoundingMode.HALF_UP);
    }

    boolean knows(String model) {
        return find(model) != null;
    }

    /** Exact name first, else the longest configured name the model starts with ("gpt-4.1-mini-2025-04-14"). */
    private LlmProperties.Price find(String model) {
        if (model == null) {
            return null;
        }
        LlmProperties.Price exact = prices.get(model);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String key : prices.keySet()) {
            if (model.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? null : prices.get(best);
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
