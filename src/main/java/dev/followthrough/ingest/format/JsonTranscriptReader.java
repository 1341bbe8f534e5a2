package dev.followthrough.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON exports: a list of segments, wherever the vendor nests it (see docs/FORMATS.md for the shapes). */
final class JsonTranscriptReader implements FormatReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> START_KEYS = List.of("start", "start_time", "startTime", "start_ms", "startMs",
            "start_offset", "startOffset", "begin", "from", "ts", "offset", "offsetInTicks", "start_seconds");
    private static final List<String> END_KEYS = List.of("end", "end_time", "endTime", "end_ms", "endMs", "end_offset",
            "endOffset", "stop", "to", "end_ts", "end_seconds");
    private static final List<String> DURATION_KEYS = List.of("duration", "duration_ms", "durationMs", "durationInTicks");
    private static final List<String> NAME_IN_OBJECT = List.of("name", "displayName", "display_name", "username");
    /** No call lasts a day: integer "seconds" beyond this are milliseconds with the unit left unsaid. */
    private static final Duration LONGEST_CALL = Duration.ofHours(24);

    @Override
    public List<RawSegment> read(String text, Diagnostics diagnostics) {
        JsonNode root = parse(text);
        JsonShapes.Found found = JsonShapes.find(root);
        if (found == null) {
            String embedded = embeddedText(root);
            if (embedded != null) {
                diagnostics.warn("The JSON holds the transcript as one text field; read it as plain text.");
                return new PlainTextReader().read(embedded, diagnostics);
            }
            throw new TranscriptRejectedException("unknown-format", "The JSON is valid but holds no list of segments: "
                    + "expected an array of objects with a text field (\"text\", \"content\" or \"transcript\") and "
                    + "optionally \"speaker\", \"start\" and \"end\", at the top level or under a key such as "
                    + "\"segments\" or \"utterances\". See docs/FORMATS.md.");
        }
        // AssemblyAI's top-level "utterances" carry milliseconds; every other shape seconds unless a key says so.
        JsonTimes.Unit unit = found.path().equals("$.utterances") && !found.array().isEmpty()
                && found.array().get(0).has("text") ? JsonTimes.Unit.MILLIS : JsonTimes.Unit.SECONDS;
        List<RawSegment> segments = segments(found, unit);
        if (unit == JsonTimes.Unit.SECONDS && exceedsOneDay(segments) && allIntegral(found.array())) {
            diagnostics.warn("Times read as seconds would make the call longer than a day; read them as milliseconds.");
            segments = segments(found, JsonTimes.Unit.MILLIS);
        }
        return segments;
    }

    private static JsonNode parse(String text) {
        if (looksLikeJsonLines(text)) {
            return parseLines(text);
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonEOFException e) {
            throw new TranscriptRejectedException("truncated", "The JSON ends before it is complete" + at(e.getLocation())
                    + " (an unclosed array, object or string); the file looks cut off. Export it again.");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.toLowerCase().contains("end-of-input")) {
                throw new TranscriptRejectedException("truncated", "The JSON ends before it is complete"
                        + at(e.getLocation()) + "; the file looks cut off. Export it again.");
            }
            throw new TranscriptRejectedException("bad-json", "The file is not valid JSON" + at(e.getLocation()) + ": "
                    + shorten(msg) + ".");
        }
    }

    /** JSON Lines (one segment object per line), as some diarisation tools stream them. */
    private static boolean looksLikeJsonLines(String text) {
        String t = text.stripLeading();
        int nl = t.indexOf('\n');
        String first = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (nl < 0 || !first.startsWith("{") || !first.endsWith("}")) {
            return false;
        }
        int objects = 0;
        for (String line : Lines.split(text)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("{") || !l.endsWith("}")) {
                return false;
            }
            objects++;
        }
        return objects >= 2;
    }

    private static JsonNode parseLines(String text) {
        var array = MAPPER.createArrayNode();
        List<String> lines = Lines.split(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                array.add(MAPPER.readTree(lines.get(i)));
            } catch (JsonProcessingException e) {
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                throw new TranscriptRejectedException("bad-json", "The JSON Lines file is not valid JSON (line " + (i + 1)
                        + ", column " + column + "): " + shorten(e.getOriginalMessage()) + ".");
            }
        }
        return array;
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String shorten(String msg) {
        if (msg == null) {
            return "syntax error";
        }
        String first = msg.lines().findFirst().orElse(msg);
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    private static List<RawSegment> segments(JsonShapes.Found found, JsonTimes.Unit unit) {
        List<RawSegment> out = new ArrayList<>(found.array().size());
        int n = 0;
        for (JsonNode e : found.array()) {
            n++;
            String where = "segment " + n + " (" + found.path() + "[" + (n - 1) + "])";
            if (!e.isObject()) {
                throw new TranscriptRejectedException("bad-json", where + " is " + e.getNodeType().name().toLowerCase()
                        + ", not an object like {\"speaker\": ..., \"start\": ..., \"text\": ...}.");
            }
            Duration start = time(e, START_KEYS, unit, where);
            Duration end = time(e, END_KEYS, unit, where);
            if (end == null && start != null) {
                Duration length = time(e, DURATION_KEYS, unit, where);
                end = length == null ? null : start.plus(length);
            }
            JsonNode id = e.get("id");
            String sourceId = id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
            out.add(new RawSegment(speaker(e), start, end, text(e), where, sourceId));
        }
        return out;
    }

    private static Duration time(JsonNode e, List<String> keys, JsonTimes.Unit unit, String where) {
        for (String k : keys) {
            JsonNode v = e.get(k);
            if (v != null && !v.isNull()) {
                return JsonTimes.read(v, JsonTimes.unitOf(k, unit), where + " field \"" + k + "\"");
            }
        }
        return null;
    }

    private static String text(JsonNode e) {
        String key = JsonShapes.firstText(e);
        if (key != null) {
            return e.get(key).asText();
        }
        JsonNode elements = e.get("elements");
        if (elements != null && elements.isArray()) {
            // Rev.ai-style elements carry their own spaces and punctuation as separate values.
            StringBuilder sb = new StringBuilder();
            elements.forEach(el -> sb.append(el.path("value").asText("")));
            return sb.toString();
        }
        for (String k : List.of("sentences", "words")) {
            JsonNode parts = e.get(k);
            if (parts != null && parts.isArray()) {
                StringBuilder sb = new StringBuilder();
                for (JsonNode p : parts) {
                    String pk = JsonShapes.firstText(p);
                    if (pk != null) {
                        sb.append(' ').append(p.get(pk).asText());
                    }
                }
                return sb.toString();
            }
        }
        return "";
    }

    /** A readable name wins over a numeric id; bare labels ("A", 0) become "Speaker A", "Speaker 0". */
    private static String speaker(JsonNode e) {
        String label = null;
        for (String k : JsonShapes.SPEAKER_KEYS) {
            JsonNode v = e.get(k);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                for (String nk : NAME_IN_OBJECT) {
                    if (v.path(nk).isTextual() && !v.path(nk).asText().isBlank()) {
                        return v.path(nk).asText();
                    }
                }
            } else if (v.isTextual() && v.asText().strip().length() > 1) {
                return v.asText();
            } else if (label == null && (v.isTextual() || v.isIntegralNumber()) && !v.asText().isBlank()) {
                label = "Speaker " + v.asText().strip();
            }
        }
        return label;
    }

    private static boolean exceedsOneDay(List<RawSegment> segments) {
        for (RawSegment s : segments) {
            Duration last = s.end() != null ? s.end() : s.start();
            if (last != null && last.compareTo(LONGEST_CALL) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIntegral(JsonNode array) {
        for (JsonNode e : array) {
            for (String k : START_KEYS) {
                JsonNode v = e.get(k);
                if (v != null && v.isNumber() && !v.canConvertToExactIntegral()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String embeddedText(JsonNode root) {
        if (root.isObject()) {
            for (String k : List.of("transcript", "text", "content")) {
                JsonNode v = root.get(k);
                if (v != null && v.isTextual() && v.asText().contains("\n")) {
                    return v.asText();
                }
            }
        }
        return null;
    }
}
