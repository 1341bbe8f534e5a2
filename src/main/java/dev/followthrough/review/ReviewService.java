package dev.followthrough.review;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallInput;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.call.CallSummary;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.crm.outbox.OutboxItem;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.pipeline.CallProcessing;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.verification.DraftVerifier;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** What reps and admins do with calls, with the access rule applied everywhere: a rep sees only their calls. */
@Service
public class ReviewService {

    private final CallStore calls;
    private final CallIntake intake;
    private final CallProcessing processing;
    private final CrmOutbox outbox;
    private final DraftVerifier verifier;
    private final AuditRepository audit;

    ReviewService(CallStore calls, CallIntake intake, CallProcessing processing, CrmOutbox outbox,
                  DraftVerifier verifier, AuditRepository audit) {
        this.calls = calls;
        this.intake = intake;
        this.processing = processing;
        this.outbox = outbox;
        this.verifier = verifier;
        this.audit = audit;
    }

    public CallDetails get(CurrentUser user, long id) {
        CallDetails d = calls.details(id).orElseThrow(() -> new CallNotFoundException(id));
        if (!user.maySee(d.rep() == null ? null : d.rep().id())) {
            throw new CallNotFoundException(id);
        }
        return d;
    }

    /** Who did what to this call, newest first. */
    public List<AuditEntry> audit(long callId) {
        return audit.findByCallIdOrderByIdDesc(callId).stream()
                .map(a -> new AuditEntry(a.actor, a.action, a.detail, a.createdAt)).toList();
    }

    public record AuditEntry(String actor, String action, String detail, java.time.Instant at) {
    }

    public List<OutboxItem> outbox(long callId) {
        return outbox.forCall(callId);
    }

    /** The review queue of this user: flagged first, then ready to sync, then the rest. */
    public Page<CallSummary> queue(CurrentUser user, String text, java.time.LocalDate from, java.time.LocalDate to,
                                   Pageable page) {
        Long rep = user.isAdmin() ? null : (user.repId() == null ? -1L : user.repId());
        return calls.queue(rep, text, from, to, page);
    }

    public java.util.Map<CallStatus, Long> counts(CurrentUser user) {
        return calls.counts(user.isAdmin() ? null : (user.repId() == null ? -1L : user.repId()));
    }

    public Page<CallSummary> list(CurrentUser user, Pageable page) {
        if (user.isAdmin()) {
            return calls.list(null, page);
        }
        return calls.list(user.repId() == null ? -1L : user.repId(), page);
    }

    /** Takes an uploaded transcript; with {@code analyseNow} it is analysed before this returns. */
    public CallIntake.Accepted upload(CurrentUser user, byte[] content, String fileName, TranscriptFormat format,
                                      CallMetadata meta, boolean analyseNow) {
        CallIntake.Accepted a = intake.accept(content, fileName, format, meta, "upload",
                user.isAdmin() ? null : user.repId());
        audit.save(new AuditEvent(a.callId(), user.username(), a.created() ? "UPLOAD" : "UPLOAD_DUPLICATE", fileName));
        if (analyseNow && a.created()) {
            processing.process(a.callId());
        }
        return a;
    }

    /** A rep's edit: the check runs again on what they saved. */
    public CheckResult edit(CurrentUser user, long id, Draft draft, List<ActionItem> items) {
        get(user, id);
        CallInput in = calls.input(id);
        CheckResult check = verifier.check(in.transcript(), in.context(), draft, items);
        calls.saveReview(id, draft, items, check, user.username());
        audit.save(new AuditEvent(id, user.username(), "EDIT", "draft and " + items.size()
                + " action items saved; verdict after the check: " + check.verdict()));
        return check;
    }

    public void approve(CurrentUser user, long id) {
        CallDetails d = get(user, id);
        if (d.status() != CallStatus.FLAGGED && d.status() != CallStatus.CLEAN) {
            throw new IllegalStateException("Only a flagged or clean call can be approved; this one is " + d.status() + ".");
        }
        calls.setStatus(id, CallStatus.APPROVED, "approved by " + user.username());
        processing.queueForCrm(id);
        audit.save(new AuditEvent(id, user.username(), "APPROVE", null));
    }

    public void reject(CurrentUser user, long id, String reason) {
        get(user, id);
        calls.setStatus(id, CallStatus.REJECTED, reason);
        audit.save(new AuditEvent(id, user.username(), "REJECT", reason));
    }

    /** Puts a call back in the queue; the next run analyses it again (admins). */
    public void requeue(CurrentUser user, long id) {
        get(user, id);
        calls.requeue(id);
        audit.save(new AuditEvent(id, user.username(), "REQUEUE", null));
    }
}
