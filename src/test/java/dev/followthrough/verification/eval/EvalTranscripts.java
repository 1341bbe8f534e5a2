package dev.followthrough.verification.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two transcript shapes of the labelled set ("[hh:mm:ss] Name: text" lines, and a JSON array of
 * {speaker, start, end, text}) so the verifier's evaluation does not depend on the ingest stage being merged.
 */
final class EvalTranscripts {

    private static final Pattern LINE = Pattern.compile("^\\[(\\d{1,2}):(\\d{2}):(\\d{2})\\]\\s*([^:]{1,60}):\\s*(.*)$");

    private EvalTranscripts() {
    }

    private static final dev.followthrough.ingest.format.DefaultTranscriptParser PRODUCT =
            new dev.followthrough.ingest.format.DefaultTranscriptParser(dev.followthrough.ingest.format.IngestLimits.defaults());

    /**
     * The case's transcript as the product reads it (format detection, normalisation, consecutive turns of one
     * speaker merged), so the figures are those of the pipeline, not of a simpler reader.
     */
    static Transcript product(dev.followthrough.verification.eval.dataset.VerifierCase c) {
        return PRODUCT.parse(c.transcriptText().getBytes(java.nio.charset.StandardCharsets.UTF_8), c.transcriptFileName(),
                null).transcript();
    }

    static Transcript parse(String text) {
        String t = text.stripLeading();
        return t.startsWith("[") && t.substring(1).stripLeading().startsWith("{") ? json(t) : lines(t);
    }

    private static Transcript lines(String text) {
        List<Utterance> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            Duration start = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                    .plusSeconds(Long.parseLong(m.group(3)));
            int seq = out.size() + 1;
            out.add(new Utterance(Utterance.idFor(seq), seq, m.group(4).strip(), start, null, m.group(5).strip()));
        }
        return new Transcript(out);
    }

    private static Transcript json(String text) {
        try {
            List<Utterance> out = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(text)) {
                int seq = out.size() + 1;
                Duration start = n.has("start") ? Duration.ofMillis((long) (n.get("start").asDouble() * 1000)) : null;
                Duration end = n.has("end") ? Duration.ofMillis((long) (n.get("end").asDouble() * 1000)) : null;
                out.add(new Utterance(Utterance.idFor(seq), seq, n.path("speaker").asText(null), start, end,
                        n.path("text").asText("")));
            }
            return new Transcript(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
