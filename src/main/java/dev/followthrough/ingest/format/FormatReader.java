package dev.followthrough.ingest.format;

import java.util.List;

/** Reads one format's decoded text into raw segments; throws TranscriptRejectedException on bad input. */
interface FormatReader {

    List<RawSegment> read(String text, Diagnostics diagnostics);
}
