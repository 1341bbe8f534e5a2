package dev.followthrough.ingest.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks the finished TRANSCRIPT files out of a recording meeting object (list response and webhook alike). */
final class RecordingFiles {

    private RecordingFiles() {
    }

    static List<ZoomTranscriptFile> transcripts(JsonNode meeting) {
        List<ZoomTranscriptFile> out = new ArrayList<>();
        for (JsonNode f : meeting.path("recording_files")) {
            boolean transcript = "TRANSCRIPT".equalsIgnoreCase(f.path("file_type").asText())
                    || "audio_transcript".equalsIgnoreCase(f.path("recording_type").asText());
            boolean vtt = f.path("file_extension").asText("VTT").toUpperCase(Locale.ROOT).equals("VTT");
            boolean done = f.path("status").asText("completed").equalsIgnoreCase("completed");
            if (transcript && vtt && done && !f.path("download_url").asText("").isEmpty()) {
                out.add(new ZoomTranscriptFile(meeting.path("uuid").asText(), meeting.path("id").asLong(),
                        meeting.path("topic").asText(null), instant(meeting.path("start_time").asText(null)),
                        meeting.path("host_email").asText(null), f.path("id").asText(), f.path("download_url").asText(),
                        f.path("file_size").asLong(-1)));
            }
        }
        return out;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
