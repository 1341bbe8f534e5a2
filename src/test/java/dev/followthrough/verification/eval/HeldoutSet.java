package dev.followthrough.verification.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.verification.eval.dataset.VerifierCase;
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
 * The held-out verifier set under {@code verification/heldout/}: written after the labelled set and the verifier,
 * in the same manifest shape plus a {@code part} field. "tune" calls may be read when fixing a general rule;
 * "final" calls are only ever measured, so their figure stands for drafts the verifier has never seen.
 */
final class HeldoutSet {

    record HeldoutCase(String part, VerifierCase c) {
    }

    static final String HELDOUT = "verification/heldout/";
    /** Written by another session that never read the verifier or the other sets (README there). */
    static final String UNSEEN = "verification/unseen/";

    private HeldoutSet() {
    }

    static List<HeldoutCase> load() {
        return load(HELDOUT);
    }

    static List<HeldoutCase> load(String ROOT) {
        JsonNode root = json(ROOT + "manifest.json");
        Map<String, String> transcripts = new HashMap<>();
        List<HeldoutCase> out = new ArrayList<>();
        for (JsonNode c : root.path("cases")) {
            String call = c.path("call").asText();
            String transcript = transcripts.computeIfAbsent(call, id -> text(ROOT + "calls/" + id + ".txt"));
            List<VerifierCase.Attendee> attendees = new ArrayList<>();
            for (JsonNode a : c.path("attendees")) {
                attendees.add(new VerifierCase.Attendee(a.path("name").asText(), a.path("email").asText()));
            }
            out.add(new HeldoutCase(c.path("part").asText(), new VerifierCase(c.path("id").asText(), call, transcript,
                    LocalDate.parse(c.path("meetingDate").asText()), c.path("repName").asText(),
                    c.path("customer").asText(), attendees, c.path("label").asText(), c.path("kind").asText(null),
                    c.path("plantedClaim").asText(null), c.path("why").asText(), c.path("subject").asText(),
                    c.path("body").asText(), c.path("repEmail").asText())));
        }
        return List.copyOf(out);
    }

    private static JsonNode json(String resource) {
        try {
            return new ObjectMapper().readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = HeldoutSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
