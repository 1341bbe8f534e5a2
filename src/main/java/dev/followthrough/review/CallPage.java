package dev.followthrough.review;

import dev.followthrough.call.CallDetails;
import dev.followthrough.core.Finding;
import dev.followthrough.crm.outbox.OutboxItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The call page's view of a call: the draft cut into plain and flagged segments, so each flagged claim can be
 * highlighted in place (Thymeleaf escapes every segment; nothing from a transcript or draft is trusted HTML).
 */
record CallPage(List<Segment> draftSegments, List<Finding> problems, List<Finding> supported, SyncState syncState,
                List<OutboxItem> outbox) {

    /** A piece of the draft body; {@code finding} is the 1-based number of the flagged claim it shows, or 0. */
    record Segment(String text, int finding) {
    }

    static CallPage of(CallDetails d, List<OutboxItem> outbox) {
        List<Finding> problems = d.check() == null ? List.of()
                : d.check().findings().stream().filter(Finding::isProblem).toList();
        List<Finding> supported = d.check() == null ? List.of()
                : d.check().findings().stream().filter(f -> !f.isProblem()).toList();
        String body = d.draft() == null ? "" : d.draft().body();
        return new CallPage(segments(body, problems), problems, supported, SyncState.of(outbox), outbox);
    }

    static List<Segment> segments(String body, List<Finding> problems) {
        record Span(int start, int end, int finding) {
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            String claim = problems.get(i).claim();
            if (claim == null || claim.isBlank() || !"draft".equals(problems.get(i).source())) {
                continue;
            }
            int at = body.indexOf(claim.strip());
            if (at >= 0) {
                spans.add(new Span(at, at + claim.strip().length(), i + 1));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (Span s : spans) {
            if (s.start() < pos) {
                continue; // overlapping claims: the first one is highlighted
            }
            if (s.start() > pos) {
                out.add(new Segment(body.substring(pos, s.start()), 0));
            }
            out.add(new Segment(body.substring(s.start(), s.end()), s.finding()));
            pos = s.end();
        }
        if (pos < body.length()) {
            out.add(new Segment(body.substring(pos), 0));
        }
        return out;
    }
}
