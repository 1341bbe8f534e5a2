package dev.followthrough.verification.eval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the labelled verifier set from the test classpath: {@code verification/eval/manifest.json} plus one
 * transcript per call under {@code verification/eval/calls/}. Plain Java, no Spring, so any test can use it.
 */
public final class VerifierDataset {

    static final String ROOT = "verification/eval/";
    private static final List<String> TRANSCRIPT_EXTENSIONS = List.of(".txt", ".json");

    private VerifierDataset() {
    }

    public static List<VerifierCase> load() {
        JsonNode root;
        try (InputStream in = open(ROOT + "manifest.json")) {
            if (in == null) {
                throw new IllegalStateException("no " + ROOT + "manifest.json on the classpath");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> transcripts = new HashMap<>();
        List<VerifierCase> cases = new ArrayList<>();
        for (JsonNode c : root.path("cases")) {
            String callId = text(c, "call");
            String transcript = transcripts.computeIfAbsent(callId, VerifierDataset::readTranscript);
            List<VerifierCase.Attendee> attendees = new ArrayList<>();
            for (JsonNode a : c.path("attendees")) {
                attendees.add(new VerifierCase.Attendee(text(a, "name"), text(a, "email")));
            }
            String date = text(c, "meetingDate");
            cases.add(new VerifierCase(text(c, "id"), callId, transcript, date == null ? null : LocalDate.parse(date),
                    text(c, "repName"), text(c, "customer"), attendees, text(c, "label"), text(c, "kind"),
                    text(c, "plantedClaim"), text(c, "why"), text(c, "subject"), text(c, "body"), text(c, "repEmail")));
        }
        return List.copyOf(cases);
    }

    /** The call's transcript text; the file may be {@code <call>.txt} or {@code <call>.json}. */
    static String readTranscript(String callId) {
        for (String ext : TRANSCRIPT_EXTENSIONS) {
            try (InputStream in = open(ROOT + "calls/" + callId + ext)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no transcript for call " + callId + " under " + ROOT + "calls/");
    }

    private static InputStream open(String resource) {
        return VerifierDataset.class.getClassLoader().getResourceAsStream(resource);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
