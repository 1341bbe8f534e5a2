package dev.followthrough.ingest;

/** Reads a transcript file of any supported format into normalised utterances. */
public interface TranscriptParser {

    /**
     * @param content  the raw bytes (UTF-8 with or without BOM, or UTF-16 with BOM)
     * @param fileName the original name, used as a hint for detection; may be {@code null}
     * @param forced   the format to read it as, or {@code null} to detect it
     * @throws TranscriptRejectedException when the input cannot be read, with the reason
     */
    ParsedTranscript parse(byte[] content, String fileName, TranscriptFormat forced);
}
