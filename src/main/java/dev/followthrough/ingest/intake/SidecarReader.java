package dev.followthrough.ingest.intake;

import dev.followthrough.call.Attendee;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the metadata sidecar convention: {@code call.vtt} is described by {@code call.meta.json} beside it. */
@Component
public class SidecarReader {

    public static final String SUFFIX = ".meta.json";

    private final JsonMapper json;

    SidecarReader(JsonMapper json) {
        this.json = json;
    }

    public static Path sidecarOf(Path transcript) {
        String name = transcript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return transcript.resolveSibling(base + SUFFIX);
    }

    public CallMetadata read(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return CallMetadata.none();
        }
        try {
            return parse(Files.readString(sidecar));
        } catch (IOException e) {
            throw new TranscriptRejectedException("bad-sidecar", "Cannot read " + sidecar.getFileName() + ": " + e.getMessage());
        }
    }

    public CallMetadata parse(String text) {
        JsonNode n;
        try {
            n = json.readTree(text);
        } catch (JacksonException e) {
            throw new TranscriptRejectedException("bad-sidecar", "The metadata sidecar is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new TranscriptRejectedException("bad-sidecar", "The metadata sidecar must be a JSON object.");
        }
        List<Attendee> attendees = new ArrayList<>();
        for (JsonNode a : n.path("attendees")) {
            if (a.isString()) {
                attendees.add(Attendees.parseOne(a.asString()));
            } else {
                attendees.add(new Attendee(text(a, "name"), text(a, "email")));
            }
        }
        return new CallMetadata(date(text(n, "meetingDate")), text(n, "rep"), text(n, "title"), text(n, "customer"),
                attendees);
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new TranscriptRejectedException("bad-metadata", "meetingDate '" + value
                    + "' is not an ISO date (expected e.g. 2026-11-03).");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
