package dev.followthrough.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the LLM judge that weighs in on the grounding check ({@code followthrough.llm.judge.*}). They only
 * matter when an LLM provider is configured; without one the offline verifier is the only check.
 *
 * @param enabled            ask the judge at all (on by default once an LLM is configured)
 * @param model              the judge's model; empty = the main model. A different model is better: the verifier
 *                           should not trust the writer, and a judge that is the drafter's own model tends to agree
 *                           with what it wrote
 * @param mayClear           whether a SUPPORTED answer of the judge may clear an offline MEDIUM/LOW "unsupported"
 *                           finding; never a HIGH one, never a contradiction
 * @param maxClaimsPerCall   at most this many claims of one check go to the judge (one request each)
 * @param mayClearKinds      finding kinds (e.g. {@code negation, number}) whose HIGH findings and contradictions
 *                           the judge may clear too, with {@code may-clear} on; empty by default. On drafts nobody
 *                           tuned on, these offline findings are right one time in four to eight
 *                           (docs/EVALUATION.md, "Precision by finding"); dates and names are right far more often
 */
@ConfigurationProperties("followthrough.llm.judge")
public record LlmJudgeProperties(
        @DefaultValue("true") boolean enabled,
        String model,
        @DefaultValue("false") boolean mayClear,
        @DefaultValue("25") int maxClaimsPerCall,
        java.util.List<String> mayClearKinds) {

    public LlmJudgeProperties {
        model = model == null || model.isBlank() ? null : model.strip();
        mayClearKinds = mayClearKinds == null ? java.util.List.of()
                : mayClearKinds.stream().map(k -> k.strip().toLowerCase(java.util.Locale.ROOT)).filter(k -> !k.isEmpty())
                .toList();
        if (maxClaimsPerCall < 0) {
            throw new IllegalArgumentException("followthrough.llm.judge.max-claims-per-call must be 0 or more, not "
                    + maxClaimsPerCall);
        }
    }

    /** Whether the judge may clear a HIGH finding or a contradiction of this kind. */
    public boolean mayClearAll(String kind) {
        return mayClear && kind != null && mayClearKinds.contains(kind.toLowerCase(java.util.Locale.ROOT));
    }

    /** The judge's model: its own when set, else the main one. */
    public String effectiveModel(LlmProperties main) {
        return model == null ? main.effectiveModel() : model;
    }
}
