package dev.followthrough.eval;

import java.util.List;
import java.util.Map;

/**
 * The verifier on the labelled (transcript, draft) set of the verification issue.
 *
 * @param plantedByKind  kind -> {cases, flagged}
 * @param faithfulByLabel label -> {cases, falsely flagged}
 * @param wrong          ids of the cases judged wrongly, with the planted claim or the false finding
 */
record VerifierSetResult(Map<String, int[]> plantedByKind, Map<String, int[]> faithfulByLabel, List<String> wrong,
                         long ms) {

    int planted() {
        return plantedByKind.values().stream().mapToInt(v -> v[0]).sum();
    }

    int caught() {
        return plantedByKind.values().stream().mapToInt(v -> v[1]).sum();
    }

    int faithful() {
        return faithfulByLabel.values().stream().mapToInt(v -> v[0]).sum();
    }

    int falseFlags() {
        return faithfulByLabel.values().stream().mapToInt(v -> v[1]).sum();
    }

    double recall() {
        return planted() == 0 ? 0 : caught() / (double) planted();
    }

    double falseFlagRate() {
        return faithful() == 0 ? 0 : falseFlags() / (double) faithful();
    }
}
