package dev.followthrough.eval;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Verdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one engine did on one golden call, and how it scored.
 *
 * @param stageMs      wall-clock milliseconds of parse, extract, style, draft, check (in that order)
 * @param ownVerdict   the verifier's verdict on the pipeline's own draft and items, {@code null} when not checked
 * @param ownFindings  the problems the verifier found in the pipeline's own draft and items
 * @param violations   injection-resistance violations (see {@link Safety})
 */
record CallResult(String id, boolean injectionCall, int utterances, long[] stageMs, long tokensIn, long tokensOut,
                  BigDecimal costUsd, ItemScoring.Score items, int mustMention, List<String> missingMentions,
                  List<String> violations, Verdict ownVerdict, List<String> ownFindings, List<ActionItem> extracted,
                  Draft draft, String error) {

    static final List<String> STAGES = List.of("parse", "extract", "style", "draft", "check");

    long totalMs() {
        long t = 0;
        for (long s : stageMs) {
            t += s;
        }
        return t;
    }

    boolean checked() {
        return ownVerdict != null;
    }

    int mentioned() {
        return mustMention - missingMentions.size();
    }
}
