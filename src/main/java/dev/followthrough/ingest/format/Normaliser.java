package dev.followthrough.ingest.format;

import dev.followthrough.core.Utterance;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw segments into the utterances every later stage cites: markup stripped, empty cues dropped,
 * sorted by time, consecutive cues of one speaker merged, ids u1..uN.
 */
final class Normaliser {

    /** A silence this long starts a new turn even when the same person speaks again (e.g. chat messages minutes apart). */
    private static final Duration MAX_MERGE_GAP = Duration.ofSeconds(60);

    private final IngestLimits limits;

    Normaliser(IngestLimits limits) {
        this.limits = limits;
    }

    /** The utterances, and for each the source ids of what was merged into it. */
    record Result(List<Utterance> utterances, Map<String, List<String>> sourceIds) {
    }

    Result normalise(List<RawSegment> raw, Diagnostics diagnostics) {
        List<RawSegment> clean = new ArrayList<>(raw.size());
        int empty = 0;
        for (RawSegment s : raw) {
            String text = Markup.clean(s.text());
            if (text.isEmpty()) {
                empty++;
                continue;
            }
            if (s.start() != null && s.end() != null && s.end().compareTo(s.start()) < 0) {
                throw new TranscriptRejectedException("bad-timestamp", capitalise(s.where()) + ": the cue ends ("
                        + label(s.end()) + ") before it starts (" + label(s.start()) + ").");
            }
            String speaker = s.speaker() == null ? null : Markup.clean(s.speaker());
            clean.add(s.withText(speaker == null || speaker.isEmpty() ? null : speaker, text));
        }
        if (empty > 0 && !raw.isEmpty()) {
            diagnostics.warn(empty + " segment(s) had no text once markup was removed and were dropped.");
        }
        if (clean.isEmpty()) {
            throw new TranscriptRejectedException("no-utterances", raw.isEmpty()
                    ? "The file is readable but holds no cues or turns at all."
                    : "All " + raw.size() + " cues or turns are empty once markup is removed; there is nothing to read.");
        }
        clean = ordered(clean, diagnostics);
        Result merged = merge(clean);
        if (merged.utterances().size() > limits.maxUtterances()) {
            throw new TranscriptRejectedException("too-large", "The transcript has " + merged.utterances().size()
                    + " utterances; at most " + limits.maxUtterances() + " are accepted for one call"
                    + " (followthrough.ingest.max-utterances).");
        }
        return merged;
    }

    /** Out-of-order cues are sorted, not rejected: editors and merges of two exports produce them. */
    private static List<RawSegment> ordered(List<RawSegment> segments, Diagnostics diagnostics) {
        if (segments.stream().anyMatch(s -> s.start() == null)) {
            return segments;
        }
        int backwards = 0;
        String firstBackwards = null;
        int overlaps = 0;
        String firstOverlap = null;
        Duration lastStart = null;
        Duration lastEnd = null;
        String lastWhere = null;
        for (RawSegment s : segments) {
            boolean sameCue = s.where().equals(lastWhere);
            lastWhere = s.where();
            if (lastStart != null && s.start().compareTo(lastStart) < 0) {
                backwards++;
                firstBackwards = firstBackwards == null ? s.where() : firstBackwards;
            } else if (!sameCue && lastEnd != null && s.start().compareTo(lastEnd) < 0) {
                overlaps++;
                firstOverlap = firstOverlap == null ? s.where() : firstOverlap;
            }
            lastStart = s.start();
            lastEnd = s.end() != null ? s.end() : s.start();
        }
        if (overlaps > 0) {
            diagnostics.warn(overlaps + " cue(s) start before the previous one ends (people talking over each other); "
                    + "kept in start order. First at " + firstOverlap + ".");
        }
        if (backwards == 0) {
            return segments;
        }
        diagnostics.warn(backwards + " cue(s) were out of time order (first at " + firstBackwards
                + "); sorted by start time.");
        List<RawSegment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparing(RawSegment::start));
        return sorted;
    }

    private Result merge(List<RawSegment> segments) {
        List<Utterance> out = new ArrayList<>();
        Map<String, List<String>> sourceIds = new LinkedHashMap<>();
        RawSegment open = null;
        StringBuilder text = null;
        Duration end = null;
        Duration lastHeard = null;
        List<String> ids = new ArrayList<>();
        for (RawSegment s : segments) {
            boolean sameSpeaker = open != null && open.speaker() != null && open.speaker().equals(s.speaker());
            if (sameSpeaker && text.length() + 1 + s.text().length() <= limits.maxUtteranceChars()
                    && !longPause(lastHeard, s.start())) {
                text.append(' ').append(s.text());
                end = later(end, s.end());
                lastHeard = later(lastHeard, s.end() != null ? s.end() : s.start());
                addId(ids, s);
                continue;
            }
            if (open != null) {
                close(out, sourceIds, open, end, text, ids);
            }
            open = s;
            text = new StringBuilder(s.text());
            end = s.end();
            lastHeard = s.end() != null ? s.end() : s.start();
            ids = new ArrayList<>();
            addId(ids, s);
        }
        close(out, sourceIds, open, end, text, ids);
        return new Result(out, sourceIds);
    }

    private static void addId(List<String> ids, RawSegment s) {
        // Parts of one Teams cue share its identifier; list it once.
        if (s.sourceId() != null && (ids.isEmpty() || !ids.get(ids.size() - 1).equals(s.sourceId()))) {
            ids.add(s.sourceId());
        }
    }

    private static void close(List<Utterance> out, Map<String, List<String>> sourceIds, RawSegment first, Duration end,
            StringBuilder text, List<String> ids) {
        Utterance u = utterance(out.size() + 1, first, end, text);
        out.add(u);
        if (!ids.isEmpty()) {
            sourceIds.put(u.id(), List.copyOf(ids));
        }
    }

    private static boolean longPause(Duration previous, Duration next) {
        return previous != null && next != null && next.minus(previous).compareTo(MAX_MERGE_GAP) > 0;
    }

    private static Utterance utterance(int seq, RawSegment first, Duration end, StringBuilder text) {
        return new Utterance(Utterance.idFor(seq), seq, first.speaker(), first.start(), end, text.toString());
    }

    private static Duration later(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String label(Duration d) {
        return dev.followthrough.core.Timestamps.format(d) + String.format(".%03d", d.toMillisPart());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
