package dev.followthrough.ingest.format;

import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads timed cue files: WebVTT (Zoom, Teams, captions) and SRT share one block grammar, so they share
 * one reader; {@link #webVtt()} adds the header and the NOTE/STYLE/REGION blocks of WebVTT.
 */
final class CueReader implements FormatReader {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Clock.CLOCK + ")\\s*-->\\s*(" + Clock.CLOCK + ")(?:\\s+.*)?$");
    private static final Pattern WEBVTT_HEADER = Pattern.compile("^\\uFEFF?WEBVTT(?:[ \\t].*)?$");
    /** The start of a timing line that was cut off, e.g. "00:00:05,0" or "00:00:05.000 --". */
    private static final Pattern PARTIAL_TIMING = Pattern.compile("^\\s*\\d{1,3}:[\\d:.,]*(\\s*-{1,2}>?\\s*[\\d:.,]*)?\\s*$");
    private static final Pattern METADATA_BLOCK = Pattern.compile("^(NOTE|STYLE|REGION)(?:[ \\t].*)?$");
    /** A cue file whose cues mostly start with "Name:" is Zoom-style; below this share it is captions. */
    private static final double PREFIX_SHARE = 0.5;

    private record Cue(int line, Duration start, Duration end, String text, String id) {
    }

    private final boolean webvtt;

    private CueReader(boolean webvtt) {
        this.webvtt = webvtt;
    }

    static CueReader webVtt() {
        return new CueReader(true);
    }

    static CueReader srt() {
        return new CueReader(false);
    }

    static boolean hasWebVttHeader(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
        return WEBVTT_HEADER.matcher(first.stripLeading()).matches();
    }

    @Override
    public List<RawSegment> read(String text, Diagnostics diagnostics) {
        List<String> lines = Lines.split(text);
        int i = 0;
        if (webvtt) {
            if (!lines.isEmpty() && WEBVTT_HEADER.matcher(lines.get(0).stripLeading()).matches()) {
                while (i < lines.size() && !Lines.blank(lines.get(i))) {
                    i++;
                }
            } else {
                diagnostics.warn("The file does not start with the WEBVTT header; read its cues anyway.");
            }
        }
        List<Cue> cues = readCues(lines, i, diagnostics);
        return label(cues);
    }

    private List<Cue> readCues(List<String> lines, int from, Diagnostics diagnostics) {
        List<Cue> cues = new ArrayList<>();
        int lastContent = lastNonBlank(lines);
        int i = from;
        int emptyCues = 0;
        int orphanBlocks = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (Lines.blank(line)) {
                i++;
                continue;
            }
            String id = null;
            if (!line.contains("-->")) {
                if (webvtt && METADATA_BLOCK.matcher(line.strip()).matches()) {
                    i = skipBlock(lines, i);
                    continue;
                }
                if (i + 1 < lines.size() && lines.get(i + 1).contains("-->")) {
                    id = line.strip();
                    i++;
                    line = lines.get(i);
                } else {
                    int blockEnd = skipBlock(lines, i);
                    if (blockEnd - 1 == lastContent && PARTIAL_TIMING.matcher(lines.get(lastContent)).matches()) {
                        throw badTiming(lines.get(lastContent), lastContent + 1, true);
                    }
                    if (orphanBlocks++ == 0) {
                        diagnostics.warn("Line " + (i + 1) + ": text outside any cue (no timing line) was skipped: \""
                                + Lines.excerpt(line) + "\".");
                    }
                    i = skipBlock(lines, i);
                    continue;
                }
            }
            int timingLine = i + 1;
            Matcher m = TIMING.matcher(line);
            if (!m.matches()) {
                throw badTiming(line, timingLine, i == lastContent);
            }
            Duration start = parseClock(m.group(1), line, timingLine);
            Duration end = parseClock(m.group(2), line, timingLine);
            i++;
            StringBuilder body = new StringBuilder();
            while (i < lines.size() && !Lines.blank(lines.get(i)) && !lines.get(i).contains("-->")) {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(lines.get(i));
                i++;
            }
            if (body.toString().isBlank()) {
                if (i - 1 == lastContent) {
                    throw new TranscriptRejectedException("truncated", "The file ends right after the cue timing at line "
                            + timingLine + " (\"" + Lines.excerpt(line) + "\"), with no text; it looks cut off. "
                            + "Download or export it again.");
                }
                emptyCues++;
                continue;
            }
            cues.add(new Cue(timingLine, start, end, body.toString(), id));
        }
        if (orphanBlocks > 1) {
            diagnostics.warn(orphanBlocks + " blocks without a timing line were skipped in all.");
        }
        if (emptyCues > 0) {
            diagnostics.warn(emptyCues + " cue(s) had a timing line but no text and were dropped.");
        }
        return cues;
    }

    private static TranscriptRejectedException badTiming(String line, int lineNo, boolean last) {
        if (last) {
            return new TranscriptRejectedException("truncated", "The file ends in the middle of a cue timing at line "
                    + lineNo + " (\"" + Lines.excerpt(line) + "\"); it looks cut off. Download or export it again.");
        }
        return new TranscriptRejectedException("bad-timestamp", "Line " + lineNo + ": cannot read the cue timing \""
                + Lines.excerpt(line) + "\"; expected \"hh:mm:ss.mmm --> hh:mm:ss.mmm\".");
    }

    private static Duration parseClock(String value, String line, int lineNo) {
        Duration d = Clock.parse(value);
        if (d == null) {
            throw new TranscriptRejectedException("bad-timestamp", "Line " + lineNo + ": \"" + value
                    + "\" is not a valid time (minutes and seconds must be below 60) in \"" + Lines.excerpt(line) + "\".");
        }
        return d;
    }

    private static int skipBlock(List<String> lines, int i) {
        while (i < lines.size() && !Lines.blank(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!Lines.blank(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Decides per file, not per cue, whether "Name:" prefixes are speakers, so a caption "Note: ..." is not one. */
    private static List<RawSegment> label(List<Cue> cues) {
        boolean voices = false;
        int prefixed = 0;
        for (Cue cue : cues) {
            if (!voices && cue.text().contains("<v")) {
                voices = SpeakerLabels.VOICE.matcher(cue.text()).find();
            }
            if (SpeakerLabels.prefix(cue.text()) != null) {
                prefixed++;
            }
        }
        boolean zoomStyle = !voices && !cues.isEmpty() && prefixed >= PREFIX_SHARE * cues.size();
        List<RawSegment> segments = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            String where = "line " + cue.line();
            if (voices) {
                for (SpeakerLabels.Labelled part : SpeakerLabels.voices(cue.text())) {
                    segments.add(new RawSegment(part.speaker(), cue.start(), cue.end(), part.text(), where, cue.id()));
                }
            } else if (zoomStyle) {
                SpeakerLabels.Labelled l = SpeakerLabels.prefix(cue.text());
                segments.add(l == null
                        ? new RawSegment(null, cue.start(), cue.end(), cue.text(), where, cue.id())
                        : new RawSegment(l.speaker(), cue.start(), cue.end(), l.text(), where, cue.id()));
            } else {
                segments.add(new RawSegment(null, cue.start(), cue.end(), cue.text(), where, cue.id()));
            }
        }
        return segments;
    }
}
