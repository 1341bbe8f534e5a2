package dev.followthrough.llm;

import dev.followthrough.core.Usage;

/**
 * The model answered but the answer cannot be used (invalid twice, or stopped by the output guard). It carries
 * what the unusable answers cost, so that the fallback's usage still shows the money spent.
 */
class AnalysisFailedException extends RuntimeException {

    private final transient Usage spent;

    AnalysisFailedException(String message, Usage spent) {
        super(message);
        this.spent = spent;
    }

    /** The tokens and cost of the rejected answers; zero for every stage but the first to hear of it. */
    Usage spent() {
        return spent;
    }

    AnalysisFailedException withoutCost() {
        Usage u = spent;
        return new AnalysisFailedException(getMessage(), u == null ? null
                : new Usage(u.engine(), u.model(), u.promptVersion(), 0, 0, java.math.BigDecimal.ZERO, 0));
    }

    /** The offline result's usage plus what the rejected LLM answers cost (engine "mixed" when they cost anything). */
    Usage addTo(Usage offline) {
        return spent == null || spent.tokensIn() + spent.tokensOut() == 0 ? offline : spent.plus(offline);
    }
}
