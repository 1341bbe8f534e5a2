package dev.followthrough.verification.offline;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.Embedder;
import dev.followthrough.text.InjectionSignals;
import dev.followthrough.verification.DraftVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The default grounding check: no model call, no network. The draft and the action items are cut into claims,
 * each claim gets its evidence from the transcript, and dedicated checks test what similarity cannot
 * (figures, dates, names, negation, who promised what, meetings, injected text). A claim is SUPPORTED only
 * when no check objects.
 */
@Component
public class OfflineDraftVerifier implements DraftVerifier {

    public static final String MODEL = "offline-verifier-v1";

    private final Vectoriser vectoriser;
    private final ClaimSplitter splitter = new ClaimSplitter();
    private final Judge judge = new Judge();

    @Autowired
    public OfflineDraftVerifier(Embedder embedder) {
        this(embedder::embedAll);
    }

    OfflineDraftVerifier(Vectoriser vectoriser) {
        this.vectoriser = new CachingVectoriser(vectoriser, 20_000);
    }

    @Override
    public CheckResult check(Transcript transcript, CallContext context, Draft draft, List<ActionItem> actionItems) {
        long started = System.nanoTime();
        CallEvidence call = new CallEvidence(transcript, context, vectoriser);
        List<Claim> claims = claims(draft, actionItems);
        List<String> aligned = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        for (Claim c : claims) {
            aligned.add(c.text());
            if (!c.fromSubject()) {
                aligned.addAll(NegationCheck.parts(c, call));
            }
            probes.addAll(CommitmentCheck.probes(c));
        }
        call.prepare(probes, aligned);
        List<Finding> findings = new ArrayList<>();
        for (Claim c : claims) {
            findings.addAll(judge.judge(c, call));
        }
        findings.addAll(injectionOutsideClaims(draft, claims));
        long ms = (System.nanoTime() - started) / 1_000_000;
        return CheckResult.of(findings, Usage.offline(MODEL, ms));
    }

    /**
     * The utterances that speak most to each text, by the same search the checks use (words and meaning, fused),
     * best first. For a second opinion on claims no check cited evidence for (the LLM judge), so that it need not
     * search the call a second way.
     */
    public Map<String, List<Utterance>> search(Transcript transcript, List<String> texts, int k) {
        CallIndex index = new CallIndex(transcript.utterances(), vectoriser);
        index.prefetch(texts);
        Map<String, List<Utterance>> out = new LinkedHashMap<>();
        for (String text : texts) {
            out.computeIfAbsent(text, t -> index.search(t, k).stream().map(CallIndex.Hit::utterance).toList());
        }
        return out;
    }

    List<Claim> claims(Draft draft, List<ActionItem> actionItems) {
        List<Claim> claims = new ArrayList<>();
        if (draft != null) {
            claims.addAll(splitter.splitSubject(draft.subject()));
            claims.addAll(splitter.split(draft.body()));
        }
        List<ActionItem> items = actionItems == null ? List.of() : actionItems;
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            String text = render(item);
            claims.add(new Claim(text, text, "action-item:" + i, item));
        }
        return claims;
    }

    private static String render(ActionItem item) {
        StringBuilder b = new StringBuilder();
        b.append(item.owner() == null || item.owner().isBlank() ? "Someone" : item.owner()).append(" will ")
                .append(lowerFirst(item.task()));
        if (item.dueText() != null && !item.dueText().isBlank()) {
            b.append(' ').append(item.dueText().strip());
        } else if (item.dueDate() != null) {
            b.append(" by ").append(item.dueDate());
        }
        return b.toString();
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Greeting and sign-off lines are not claims, but text that tries to steer a model is flagged wherever it is. */
    private static List<Finding> injectionOutsideClaims(Draft draft, List<Claim> claims) {
        if (draft == null || draft.body() == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        claims.forEach(c -> seen.add(c.sentence()));
        List<Finding> out = new ArrayList<>();
        for (String line : draft.body().split("\\R")) {
            for (String s : ClaimSplitter.sentences(line.strip())) {
                if (!seen.contains(s) && InjectionSignals.looksLikeInstruction(s)) {
                    out.add(new Finding(s, "draft", "injection", dev.followthrough.core.ClaimStatus.UNSUPPORTED,
                            dev.followthrough.core.Severity.HIGH, "This reads like an instruction to an AI, not"
                            + " something said on the call.", List.<Evidence>of()));
                }
            }
        }
        return out;
    }
}
