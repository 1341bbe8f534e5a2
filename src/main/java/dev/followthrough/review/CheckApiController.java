package dev.followthrough.review;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptParser;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.verification.DraftVerifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Checks any draft against any transcript: {@code {transcript, format?, meetingDate?, draft}}. */
@RestController
class CheckApiController {

    private final TranscriptParser parser;
    private final DraftVerifier verifier;

    CheckApiController(TranscriptParser parser, DraftVerifier verifier) {
        this.parser = parser;
        this.verifier = verifier;
    }

    record CheckResponse(String verdict, List<CallView.FindingView> findings) {
    }

    @PostMapping("/api/checks")
    CheckResponse check(@RequestBody JsonNode body) {
        String transcript = text(body, "transcript");
        if (transcript == null || transcript.isBlank()) {
            throw new TranscriptRejectedException("empty", "'transcript' is required: the transcript's text.");
        }
        Draft draft = draft(body.get("draft"));
        TranscriptFormat format = TranscriptFormat.parse(text(body, "format")).orElse(null);
        LocalDate date = parseDate(text(body, "meetingDate"));
        ParsedTranscript parsed = parser.parse(transcript.getBytes(StandardCharsets.UTF_8), null, format);
        CallContext ctx = new CallContext(date, text(body, "rep"), null, List.of(), List.of(), text(body, "customer"), null);
        CheckResult r = verifier.check(parsed.transcript(), ctx, draft, List.of());
        CallView.CheckView v = CallView.CheckView.of(r);
        return new CheckResponse(v.verdict(), v.findings());
    }

    private static Draft draft(JsonNode n) {
        if (n == null || n.isNull()) {
            throw new TranscriptRejectedException("missing-draft", "'draft' is required: a string, or {subject, body}.");
        }
        if (n.isString()) {
            return new Draft("", n.asString());
        }
        String body = text(n, "body");
        if (body == null || body.isBlank()) {
            throw new TranscriptRejectedException("missing-draft", "'draft.body' is required.");
        }
        String subject = text(n, "subject");
        return new Draft(subject == null ? "" : subject, body);
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new TranscriptRejectedException("bad-metadata", "meetingDate '" + s + "' is not an ISO date (e.g. 2026-11-03).");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
