package dev.followthrough.review;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallSummary;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Timestamps;
import dev.followthrough.core.Usage;
import dev.followthrough.crm.outbox.OutboxItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The call as the API answers it. Field names are the API contract (README, "HTTP API"). */
public record CallView(long id, String status, String statusDetail, String source, String fileName, String format,
                       RepView rep, LocalDate meetingDate, String title, String customer,
                       List<ParticipantView> participants, List<ActionItemView> actionItems, DraftView draft,
                       CheckView check, UsageView usage, SyncView sync, List<UtteranceView> utterances,
                       Instant createdAt, Instant analysedAt) {

    public record RepView(String name, String email) {
    }

    public record ParticipantView(String name, String email, String role) {
    }

    public record EvidenceView(String utteranceId, String start, String speaker, String quote) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.utteranceId(), Timestamps.format(e.start()), e.speaker(), e.quote());
        }
    }

    public record ActionItemView(String owner, String task, LocalDate dueDate, String dueText,
                                 List<EvidenceView> evidence) {
        static ActionItemView of(ActionItem a) {
            return new ActionItemView(a.owner(), a.task(), a.dueDate(), a.dueText(),
                    a.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    public record DraftView(String subject, String body) {
    }

    public record FindingView(String claim, String source, String kind, String status, String severity, String reason,
                              List<EvidenceView> evidence) {
        static FindingView of(Finding f) {
            return new FindingView(f.claim(), f.source(), f.kind(), f.status().name(),
                    f.severity() == null ? null : f.severity().name(), f.reason(),
                    f.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    public record CheckView(String verdict, List<FindingView> findings) {
        public static CheckView of(CheckResult c) {
            return new CheckView(c.verdict().name(), c.findings().stream().map(FindingView::of).toList());
        }
    }

    public record UsageView(String engine, String model, String promptVersion, long tokensIn, long tokensOut,
                            BigDecimal costUsd, long latencyMs) {
        static UsageView of(Usage u) {
            return u == null ? null : new UsageView(u.engine(), u.model(), u.promptVersion(), u.tokensIn(),
                    u.tokensOut(), u.costUsd(), u.latencyMs());
        }
    }

    public record SyncView(String state, List<OutboxView> records) {
    }

    public record OutboxView(String externalId, String kind, String status, int attempts, String crm, String crmId,
                             String lastError) {
        static OutboxView of(OutboxItem o) {
            return new OutboxView(o.externalId(), o.kind().name(), o.status().name(), o.attempts(), o.crm(), o.crmId(),
                    o.lastError());
        }
    }

    public record UtteranceView(String id, int seq, String speaker, String start, String end, String text) {
    }

    public record SummaryView(long id, String status, String verdict, String rep, LocalDate meetingDate, String title,
                              String customer, String fileName, String format, Instant createdAt) {
        static SummaryView of(CallSummary s) {
            return new SummaryView(s.id(), s.status().name(), s.verdict() == null ? null : s.verdict().name(),
                    s.repName(), s.meetingDate(), s.title(), s.customer(), s.originalName(), s.format(), s.createdAt());
        }
    }

    static CallView of(CallDetails d, List<OutboxItem> outbox, boolean withTranscript) {
        return new CallView(d.id(), d.status().name(), d.statusDetail(), d.source(), d.originalName(), d.format(),
                d.rep() == null ? null : new RepView(d.rep().name(), d.rep().email()),
                d.meetingDate(), d.title(), d.customer(),
                d.participants().stream().map(CallView::participant).toList(),
                d.actionItems().stream().map(ActionItemView::of).toList(),
                d.draft() == null ? null : new DraftView(d.draft().subject(), d.draft().body()),
                d.check() == null ? null : CheckView.of(d.check()),
                UsageView.of(d.usage()),
                new SyncView(SyncState.of(outbox).name(), outbox.stream().map(OutboxView::of).toList()),
                withTranscript ? d.utterances().stream().map(u -> new UtteranceView(u.id(), u.seq(), u.speaker(),
                        Timestamps.format(u.start()), Timestamps.format(u.end()), u.text())).toList() : null,
                d.createdAt(), d.analysedAt());
    }

    private static ParticipantView participant(Participant p) {
        return new ParticipantView(p.name(), p.email(), p.role().name());
    }
}
