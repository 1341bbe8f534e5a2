package dev.followthrough.ingest;

import dev.followthrough.core.Transcript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of reading one file: the normalised transcript, the format it was read as, and any warnings.
 *
 * @param sourceIds for each utterance id, the ids the source file gave the cues or segments merged into it
 *                  (WebVTT cue identifiers, a JSON segment's "id"), so a citation can be traced back to the
 *                  original file; empty when the source names none
 */
public record ParsedTranscript(TranscriptFormat format, Transcript transcript, List<String> warnings,
        Map<String, List<String>> sourceIds) {

    public ParsedTranscript {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        sourceIds = sourceIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceIds));
    }

    public ParsedTranscript(TranscriptFormat format, Transcript transcript, List<String> warnings) {
        this(format, transcript, warnings, Map.of());
    }
}
