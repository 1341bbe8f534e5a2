package dev.followthrough.call;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.core.Verdict;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The calls and what the stages made of them. The only way into the call tables. */
@Service
public class CallStore {

    private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() { };

    private final CallRecordRepository calls;
    private final UtteranceRepository utterances;
    private final ActionItemRepository actionItems;
    private final FindingRepository findings;
    private final DraftRepository drafts;
    private final RepDirectory reps;
    private final JsonMapper json;

    CallStore(CallRecordRepository calls, UtteranceRepository utterances, ActionItemRepository actionItems,
              FindingRepository findings, DraftRepository drafts, RepDirectory reps, JsonMapper json) {
        this.calls = calls;
        this.utterances = utterances;
        this.actionItems = actionItems;
        this.findings = findings;
        this.drafts = drafts;
        this.reps = reps;
        this.json = json;
    }

    /** The call already stored with this content, if any: a file is taken once, however often it is dropped. */
    @Transactional(readOnly = true)
    public Optional<Long> findByContentHash(String hash) {
        return calls.findByContentHash(hash).map(c -> c.id);
    }

    /**
     * Stores a parsed call as NEW, or answers the id of the call that already has this content. Commits on its
     * own, whatever the caller's transaction: the inbox moves a file away only after its call is durable.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RegisterResult register(NewCall in) {
        Optional<CallRecord> existing = calls.findByContentHash(in.contentHash());
        if (existing.isPresent()) {
            return new RegisterResult(existing.get().id, false);
        }
        CallRecord c = new CallRecord();
        Instant now = Instant.now();
        c.contentHash = in.contentHash();
        c.source = in.source();
        c.originalName = Texts.clip(in.originalName(), 500);
        c.originalContent = in.content();
        c.format = in.format();
        c.repId = in.repId();
        c.meetingDate = in.meetingDate();
        c.title = Texts.clip(in.title(), 500);
        c.customer = Texts.clip(in.customer(), 300);
        c.attendeesJson = json.writeValueAsString(in.attendees());
        c.status = CallStatus.NEW;
        c.createdAt = now;
        c.updatedAt = now;
        calls.save(c);
        List<UtteranceEntity> rows = new ArrayList<>();
        for (Utterance u : in.transcript().utterances()) {
            rows.add(new UtteranceEntity(c.id, u));
        }
        utterances.saveAll(rows);
        return new RegisterResult(c.id, true);
    }

    public record RegisterResult(long callId, boolean created) {
    }

    @Transactional(readOnly = true)
    public List<Long> idsWithStatus(CallStatus status) {
        return calls.idsWithStatus(status);
    }

    /**
     * Claims a NEW call for analysis; false when another worker has it or it is not NEW. Commits on its own: inside
     * the caller's (the batch chunk's) transaction the claimed row would stay locked until the analysis is stored, and
     * a second instance on the same database would wait on that lock call after call instead of taking the next one.
     * A worker that dies holding a claim leaves it to {@link #releaseStaleClaims}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(long callId) {
        return calls.transition(callId, CallStatus.NEW, CallStatus.ANALYSING, Instant.now()) == 1;
    }

    /** Gives back calls whose worker died mid-analysis, so a restart picks them up again. */
    @Transactional
    public int releaseStaleClaims(Duration olderThan) {
        Instant now = Instant.now();
        return calls.releaseStaleClaims(now.minus(olderThan), now);
    }

    @Transactional(readOnly = true)
    public CallInput input(long callId) {
        CallRecord c = get(callId);
        Transcript t = transcript(callId);
        return new CallInput(callId, t, context(c, t), c.repId);
    }

    /** Replaces the call's action items, draft and findings with a fresh analysis, and sets its status. */
    @Transactional
    public CallStatus saveAnalysis(long callId, AnalysisOutcome out) {
        return saveAnalysis(callId, out, null);
    }

    /** @param runId the job execution that did the analysis, {@code null} outside a run */
    @Transactional
    public CallStatus saveAnalysis(long callId, AnalysisOutcome out, Long runId) {
        CallRecord c = get(callId);
        c.analysedRun = runId;
        replaceActionItems(callId, out.actionItems());
        saveDraft(callId, out.draft(), null);
        replaceFindings(callId, out.check());
        Usage u = out.usage();
        if (u != null) {
            c.engine = u.engine();
            c.model = Texts.clip(u.model(), 200);
            c.promptVersion = u.promptVersion();
            c.tokensIn = u.tokensIn();
            c.tokensOut = u.tokensOut();
            c.costUsd = u.costUsd();
            c.latencyMs = u.latencyMs();
        }
        c.verdict = out.check().verdict().name();
        c.status = out.check().verdict() == Verdict.FLAGGED ? CallStatus.FLAGGED : CallStatus.CLEAN;
        c.statusDetail = null;
        c.analysedAt = Instant.now();
        c.updatedAt = c.analysedAt;
        return c.status;
    }

    /** A rep's edit: the new draft and items, and the check that ran on them. */
    @Transactional
    public CallStatus saveReview(long callId, Draft draft, List<ActionItem> items, CheckResult check, String editor) {
        CallRecord c = get(callId);
        replaceActionItems(callId, items);
        saveDraft(callId, draft, editor);
        replaceFindings(callId, check);
        c.verdict = check.verdict().name();
        if (c.status == CallStatus.FLAGGED || c.status == CallStatus.CLEAN) {
            c.status = check.verdict() == Verdict.FLAGGED ? CallStatus.FLAGGED : CallStatus.CLEAN;
        }
        c.updatedAt = Instant.now();
        return c.status;
    }

    @Transactional
    public void setStatus(long callId, CallStatus status, String detail) {
        CallRecord c = get(callId);
        c.status = status;
        c.statusDetail = Texts.clip(detail, 2000);
        c.updatedAt = Instant.now();
    }

    /** Puts a call back in the queue; its old results stay visible until the new analysis replaces them. */
    @Transactional
    public void requeue(long callId) {
        setStatus(callId, CallStatus.NEW, null);
    }

    @Transactional(readOnly = true)
    public Optional<CallDetails> details(long callId) {
        return calls.findById(callId).map(this::details);
    }

    @Transactional(readOnly = true)
    public Optional<Long> repOf(long callId) {
        return calls.findById(callId).map(c -> c.repId);
    }

    @Transactional(readOnly = true)
    public byte[] originalContent(long callId) {
        return get(callId).originalContent;
    }

    @Transactional(readOnly = true)
    public Page<CallSummary> list(Long repId, Pageable page) {
        Page<CallRecord> rows = repId == null ? calls.findAll(page) : calls.findByRepId(repId, page);
        return rows.map(this::summary);
    }

    /** Calls, flags, tokens and cost per day of analysis, oldest first, over the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<UsageTotals> usageByDay(int days) {
        Instant since = Instant.now().minus(java.time.Duration.ofDays(days));
        return calls.usageByDay(since).stream().map(UsageTotals::fromRow).toList();
    }

    /** The same totals per job run, newest first. */
    @Transactional(readOnly = true)
    public List<UsageTotals> usageByRun(int runs) {
        return calls.usageByRun(org.springframework.data.domain.PageRequest.of(0, runs)).stream()
                .map(UsageTotals::fromRow).toList();
    }

    /** The review queue, flagged calls first; every filter may be null. */
    @Transactional(readOnly = true)
    public Page<CallSummary> queue(Long repId, String text, LocalDate from, LocalDate to, Pageable page) {
        String q = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return calls.queue(repId, q, from, to, page).map(this::summary);
    }

    /** How many calls of each status this rep has (null: all reps), in the enum's order. */
    @Transactional(readOnly = true)
    public java.util.Map<CallStatus, Long> counts(Long repId) {
        java.util.Map<CallStatus, Long> m = new java.util.EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            m.put(s, 0L);
        }
        for (Object[] row : calls.countsByStatus(repId)) {
            m.put((CallStatus) row[0], ((Number) row[1]).longValue());
        }
        return m;
    }

    @Transactional(readOnly = true)
    public long count(CallStatus status) {
        return calls.countByStatus(status);
    }

    private CallSummary summary(CallRecord c) {
        String repName = reps.byId(c.repId).map(RepInfo::name).orElse(null);
        return new CallSummary(c.id, c.status, c.verdict == null ? null : Verdict.valueOf(c.verdict), c.repId,
                repName, c.meetingDate, c.title, c.customer, c.originalName, c.format, c.createdAt);
    }

    private CallDetails details(CallRecord c) {
        Transcript t = transcript(c.id);
        CallContext ctx = context(c, t);
        List<ActionItem> items = actionItems.forCall(c.id).stream().map(ActionItemEntity::toActionItem).toList();
        Draft draft = drafts.findByCallId(c.id).map(d -> new Draft(d.subject, d.body)).orElse(null);
        CheckResult check = null;
        if (c.verdict != null) {
            List<Finding> list = findings.forCall(c.id).stream().map(FindingEntity::toFinding).toList();
            check = new CheckResult(Verdict.valueOf(c.verdict), list, null);
        }
        Usage usage = c.engine == null ? null
                : new Usage(c.engine, c.model, c.promptVersion, c.tokensIn, c.tokensOut, c.costUsd, c.latencyMs);
        return new CallDetails(c.id, c.status, c.statusDetail, c.source, c.originalName, c.format,
                reps.byId(c.repId).orElse(null), c.meetingDate, c.title, c.customer, ctx.participants(),
                t.utterances(), items, draft, check, usage, c.createdAt, c.analysedAt);
    }

    private Transcript transcript(long callId) {
        return new Transcript(utterances.forCall(callId).stream().map(UtteranceEntity::toUtterance).toList());
    }

    private CallContext context(CallRecord c, Transcript t) {
        Optional<RepInfo> rep = reps.byId(c.repId);
        List<Attendee> attendees = c.attendeesJson == null ? List.of() : json.readValue(c.attendeesJson, ATTENDEES);
        return Participants.context(c.meetingDate, rep.orElse(null), attendees, t, reps, c.customer, c.title);
    }

    private void replaceActionItems(long callId, List<ActionItem> items) {
        actionItems.deleteAll(actionItems.forCall(callId));
        actionItems.flush();
        int i = 0;
        for (ActionItem item : items) {
            actionItems.save(new ActionItemEntity(callId, i++, item));
        }
    }

    private void replaceFindings(long callId, CheckResult check) {
        findings.deleteAll(findings.forCall(callId));
        findings.flush();
        int i = 0;
        for (Finding f : check.findings()) {
            findings.save(new FindingEntity(callId, i++, f));
        }
    }

    private void saveDraft(long callId, Draft draft, String editor) {
        DraftEntity d = drafts.findByCallId(callId).orElseGet(() -> new DraftEntity(callId));
        d.subject = Texts.clip(draft.subject(), 1000);
        d.body = draft.body();
        d.editedBy = editor;
        d.updatedAt = Instant.now();
        drafts.save(d);
    }

    private CallRecord get(long callId) {
        return calls.findById(callId).orElseThrow(() -> new NoSuchElementException("No call " + callId));
    }
}
