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
    private final LlmProperties.Price unknown;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** @param unknown price of a model missing from the table; {@code null} to count such calls as free */
    Pricing(Map<String, LlmProperties.Price> prices, LlmProperties.Price unknown) {
        this.prices = prices;
        this.unknown = unknown;
    }

    BigDecimal cost(String model, long tokensIn, long tokensOut) {
        LlmProperties.Price p = find(model);
        if (p == null) {
            if (unknown == null) {
                return BigDecimal.ZERO;
            }
            if (warned.add(model)) {
                log.warn("No price for model '{}' in followthrough.llm.prices: its costs are estimated at {} / {} USD "
                        + "per 1M tokens in / out (followthrough.llm.unknown-model-price)", model, unknown.input(),
                        unknown.output());
            }
            p = unknown;
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
