package dev.followthrough.ingest;

import dev.followthrough.core.Transcript;
import java.util.List;

/** The result of reading one file: the normalised transcript, the format it was read as, and any warnings. */
public record ParsedTranscript(TranscriptFormat format, Transcript transcript, List<String> warnings) {

    public ParsedTranscript {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
