package dev.followthrough.llm;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.ClaimStatus;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Severity;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.verification.DraftVerifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grounding check with an LLM second opinion. The offline verifier runs first and its result is the basis;
 * then {@link LlmClaimJudge} is asked about the claims that result contains, one request per claim, and the two
 * are merged conservatively: the judge can make the check stricter, hardly ever laxer.
 *
 * <p>The policy, claim by claim (a claim is one {@code (source, claim)} pair of the offline findings):
 * <ul>
 *   <li>A claim the offline check passed that the judge calls CONTRADICTED or UNSUPPORTED becomes a finding of
 *       kind {@value #KIND} with the judge's reason and the utterances it cited (severity HIGH for a
 *       contradiction, MEDIUM for unsupported), in place of the SUPPORTED finding.</li>
 *   <li>A claim the offline check objected to keeps its findings. The judge's objection is added beside them only
 *       when it is more severe (a contradiction where the offline check saw only missing support).</li>
 *   <li>By default the judge never clears a HIGH finding or a contradiction: claims with an offline HIGH finding are
 *       not even sent, since no answer could change them. It may clear MEDIUM/LOW "unsupported" findings only when
 *       {@code followthrough.llm.judge.may-clear=true}, only when every problem of that claim is one of those, and
 *       only when its SUPPORTED answer cites an utterance; the claim then gets one SUPPORTED finding of kind
 *       {@value #KIND} whose reason also says what the offline check had found. {@code may-clear-kinds} opts finding
 *       kinds in whose HIGH findings and contradictions it may then clear the same way.</li>
 *   <li>Claims are sent in this order until {@code max-claims-per-call}: those the offline check passed (where a
 *       second opinion can catch what rules missed), then those with MEDIUM/LOW problems; draft order within each.
 *       Each goes with the evidence the offline check already found for it and, for an action item, its own
 *       citations, each with the utterance before it (a bare "yes" means nothing without its question); a claim
 *       with no evidence at all gets the offline search's best utterances.</li>
 *   <li>When the judge answers empty (LLM unavailable, budget reached, an answer that does not parse or cites
 *       utterances it was not given), judging stops for this check, so an outage costs one timeout rather than one
 *       per claim; what was judged before still counts. With no judgement at all the offline result is returned
 *       unchanged.</li>
 *   <li>The usage is the offline usage plus every judge request (tokens, cost, latency), engine
 *       {@value #ENGINE}, so the cost of a call stays true.</li>
 * </ul>
 * The judge sees only the claim, the cited utterances and the call's date and rep, never the drafter; the prompt
 * treats claim and utterances as untrusted data, and PII is masked by the judge before anything leaves.
 */
public class LlmJudgedDraftVerifier implements DraftVerifier {

    /** The finding kind of the judge's own findings, so a rep sees where an objection came from. */
    public static final String KIND = "llm-judge";
    /** The usage engine of a check the judge took part in. */
    public static final String ENGINE = "offline+llm-judge";

    /** Evidence utterances a claim is sent with, before their preceding utterances are added. */
    static final int EVIDENCE_PER_CLAIM = 4;
    /** At most this many utterances go with one claim, preceding ones included. */
    static final int MAX_UTTERANCES_PER_CLAIM = 8;

    private static final Logger log = LoggerFactory.getLogger(LlmJudgedDraftVerifier.class);
    private static final Pattern ACTION_ITEM = Pattern.compile("action-item:(\\d+)");
    /** The delimiters of the claim in {@code judge-claim.md}: a claim must not be able to close them early. */
    private static final Pattern CLAIM_MARKER = Pattern.compile("(?i)<<<\\s*CLAIM|CLAIM\\s*>>>");
    private static final int QUOTE_CHARS = 240;

    /** Finds the utterances that speak to each text; the offline verifier's own search. */
    @FunctionalInterface
    interface EvidenceSearch {
        Map<String, List<Utterance>> search(Transcript transcript, List<String> texts, int k);
    }

    private record Key(String source, String claim) {
    }

    /** One claim of the offline result with all its findings. */
    private record Claim(Key key, List<Finding> findings) {

        List<Finding> problems() {
            return findings.stream().filter(Finding::isProblem).toList();
        }

        boolean hasHigh() {
            return problems().stream().anyMatch(f -> f.severity() == Severity.HIGH);
        }

        Severity worst() {
            return problems().stream().map(f -> f.severity() == null ? Severity.MEDIUM : f.severity())
                    .max(Comparator.naturalOrder()).orElse(null);
        }
    }

    private final DraftVerifier offline;
    private final EvidenceSearch search;
    private final LlmClaimJudge judge;
    private final LlmJudgeProperties settings;
    private final String judgeModel;
    private final LlmStatus status;

    LlmJudgedDraftVerifier(DraftVerifier offline, EvidenceSearch search, LlmClaimJudge judge,
                           LlmJudgeProperties settings, String judgeModel, LlmStatus status) {
        this.offline = offline;
        this.search = search;
        this.judge = judge;
        this.settings = settings;
        this.judgeModel = judgeModel;
        this.status = status;
    }

    /** The model the judge asks, for the log and the admin page. */
    public String judgeModel() {
        return judgeModel;
    }

    @Override
    public CheckResult check(Transcript transcript, CallContext context, Draft draft, List<ActionItem> actionItems) {
        CheckResult base = offline.check(transcript, context, draft, actionItems);
        List<Claim> claims = claims(base.findings());
        List<Claim> asked = toAsk(claims);
        if (asked.isEmpty()) {
            return base;
        }
        CallContext ctx = context != null ? context
                : new CallContext(null, null, null, List.of(), List.of(), null, null);
        Map<String, Utterance> byId = new HashMap<>();
        transcript.utterances().forEach(u -> byId.putIfAbsent(u.id(), u));
        Map<Key, List<Utterance>> evidence = evidence(asked, transcript, byId,
                actionItems == null ? List.of() : actionItems);

        Map<Key, LlmClaimJudge.Judgement> judged = new LinkedHashMap<>();
        for (Claim c : asked) {
            Optional<LlmClaimJudge.Judgement> j = judge.judge(unmarked(c.key().claim()), evidence.get(c.key()), ctx);
            if (j.isEmpty()) {
                log.info("LLM judge gave no usable answer after {} of {} claims; the offline check stands for the rest",
                        judged.size(), asked.size());
                if (status != null) {
                    status.recordFallback("judge", "no usable answer from the LLM judge");
                }
                break;
            }
            judged.put(c.key(), j.get());
        }
        if (judged.isEmpty()) {
            return base;
        }
        List<Finding> merged = new ArrayList<>();
        for (Claim c : claims) {
            LlmClaimJudge.Judgement j = judged.get(c.key());
            merged.addAll(j == null ? c.findings() : merge(c, j, byId));
        }
        return CheckResult.of(merged, usage(base.usage(), judged.values()));
    }

    /** The offline findings grouped by claim, in the order they came. */
    private static List<Claim> claims(List<Finding> findings) {
        Map<Key, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(new Key(f.source(), f.claim()), k -> new ArrayList<>()).add(f);
        }
        return groups.entrySet().stream().map(e -> new Claim(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The claims whose result the judge could change, those the offline check passed first, up to the cap. */
    private List<Claim> toAsk(List<Claim> claims) {
        List<Claim> passed = new ArrayList<>();
        List<Claim> doubted = new ArrayList<>();
        for (Claim c : claims) {
            if (c.key().claim() == null || c.key().claim().isBlank() || c.hasHigh() && !clearable(c)) {
                continue;
            }
            (c.problems().isEmpty() ? passed : doubted).add(c);
        }
        List<Claim> out = new ArrayList<>(passed);
        out.addAll(doubted);
        return out.subList(0, Math.min(out.size(), settings.maxClaimsPerCall()));
    }

    private Map<Key, List<Utterance>> evidence(List<Claim> asked, Transcript transcript, Map<String, Utterance> byId,
                                               List<ActionItem> items) {
        Map<Key, Set<String>> ids = new LinkedHashMap<>();
        List<String> unfound = new ArrayList<>();
        for (Claim c : asked) {
            Set<String> own = new LinkedHashSet<>();
            for (Finding f : c.findings()) {
                f.evidence().forEach(e -> own.add(e.utteranceId()));
            }
            ActionItem item = item(c.key().source(), items);
            if (item != null) {
                item.evidence().forEach(e -> own.add(e.utteranceId()));
            }
            own.removeIf(id -> id == null || !byId.containsKey(id));
            ids.put(c.key(), own);
            if (own.isEmpty()) {
                unfound.add(c.key().claim());
            }
        }
        Map<String, List<Utterance>> found = unfound.isEmpty() ? Map.of()
                : search.search(transcript, unfound, EVIDENCE_PER_CLAIM);
        Map<Key, List<Utterance>> out = new LinkedHashMap<>();
        for (Map.Entry<Key, Set<String>> e : ids.entrySet()) {
            List<Utterance> primary = new ArrayList<>();
            e.getValue().forEach(id -> primary.add(byId.get(id)));
            if (primary.isEmpty()) {
                primary.addAll(found.getOrDefault(e.getKey().claim(), List.of()));
            }
            out.put(e.getKey(), withPrevious(primary.subList(0, Math.min(primary.size(), EVIDENCE_PER_CLAIM)),
                    transcript));
        }
        return out;
    }

    /** Each utterance with the one before it, in call order, at most {@link #MAX_UTTERANCES_PER_CLAIM}. */
    private static List<Utterance> withPrevious(List<Utterance> primary, Transcript transcript) {
        List<Utterance> all = transcript.utterances();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.putIfAbsent(all.get(i).id(), i);
        }
        Set<Utterance> chosen = new LinkedHashSet<>(primary);
        for (Utterance u : primary) {
            if (chosen.size() >= MAX_UTTERANCES_PER_CLAIM) {
                break;
            }
            Integer i = position.get(u.id());
            if (i != null && i > 0) {
                chosen.add(all.get(i - 1));
            }
        }
        return chosen.stream().sorted(Comparator.comparingInt(u -> position.getOrDefault(u.id(), Integer.MAX_VALUE)))
                .toList();
    }

    private static ActionItem item(String source, List<ActionItem> items) {
        var m = source == null ? null : ACTION_ITEM.matcher(source);
        if (m == null || !m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        return i < items.size() ? items.get(i) : null;
    }

    private static String unmarked(String claim) {
        return CLAIM_MARKER.matcher(claim).replaceAll("[marker removed]");
    }

    private List<Finding> merge(Claim c, LlmClaimJudge.Judgement j, Map<String, Utterance> byId) {
        List<Finding> problems = c.problems();
        List<Evidence> cited = cite(j.utteranceIds(), c.findings(), byId);
        if (j.status() != ClaimStatus.SUPPORTED) {
            Severity severity = j.status() == ClaimStatus.CONTRADICTED ? Severity.HIGH : Severity.MEDIUM;
            Finding objection = new Finding(c.key().claim(), c.key().source(), KIND, j.status(), severity,
                    j.reason(), cited);
            if (problems.isEmpty()) {
                return List.of(objection); // in place of the offline SUPPORTED finding
            }
            if (severity.compareTo(c.worst()) > 0) {
                List<Finding> out = new ArrayList<>(c.findings());
                out.add(objection);
                return out;
            }
            return c.findings();
        }
        if (settings.mayClear() && clearable(c) && !cited.isEmpty()) {
            String offlineSaid = String.join(" ", problems.stream().map(Finding::reason).distinct().toList());
            return List.of(new Finding(c.key().claim(), c.key().source(), KIND, ClaimStatus.SUPPORTED, Severity.LOW,
                    j.reason() + " (The offline check had found: " + offlineSaid + ")", cited));
        }
        return c.findings();
    }

    /**
     * Every problem of the claim is one the judge may clear: a MEDIUM/LOW "unsupported" one, or any of a kind listed
     * in {@code may-clear-kinds}. A claim with one problem the judge may not clear keeps all of them.
     */
    private boolean clearable(Claim c) {
        List<Finding> problems = c.problems();
        return !problems.isEmpty() && problems.stream().allMatch(f -> settings.mayClearAll(f.kind())
                || f.status() == ClaimStatus.UNSUPPORTED && f.severity() != Severity.HIGH);
    }

    /** The judge's cited utterances as evidence, reusing the offline check's quote where it cited the same one. */
    private static List<Evidence> cite(List<String> ids, List<Finding> offlineFindings, Map<String, Utterance> byId) {
        Map<String, Evidence> known = new HashMap<>();
        offlineFindings.forEach(f -> f.evidence().forEach(e -> known.putIfAbsent(e.utteranceId(), e)));
        List<Evidence> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Evidence e = known.get(id);
            if (e == null && byId.containsKey(id)) {
                Utterance u = byId.get(id);
                String t = u.text().strip();
                e = Evidence.of(u, t.length() <= QUOTE_CHARS ? t : t.substring(0, QUOTE_CHARS - 3) + "...");
            }
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private Usage usage(Usage offlineUsage, Iterable<LlmClaimJudge.Judgement> judgements) {
        long in = 0;
        long out = 0;
        long ms = 0;
        BigDecimal cost = BigDecimal.ZERO;
        String version = null;
        for (LlmClaimJudge.Judgement j : judgements) {
            Usage u = j.usage();
            in += u.tokensIn();
            out += u.tokensOut();
            ms += u.latencyMs();
            cost = cost.add(u.costUsd());
            version = version == null ? u.promptVersion() : version;
        }
        String offlineModel = offlineUsage == null ? "offline" : offlineUsage.model();
        return new Usage(ENGINE, offlineModel + "+" + judgeModel, version,
                in + (offlineUsage == null ? 0 : offlineUsage.tokensIn()),
                out + (offlineUsage == null ? 0 : offlineUsage.tokensOut()),
                cost.add(offlineUsage == null ? BigDecimal.ZERO : offlineUsage.costUsd()),
                ms + (offlineUsage == null ? 0 : offlineUsage.latencyMs()));
    }
}
