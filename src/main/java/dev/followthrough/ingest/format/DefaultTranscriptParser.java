package dev.followthrough.ingest.format;

import dev.followthrough.core.Transcript;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptParser;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Reads WebVTT (Zoom, Teams, captions), SRT, plain text and JSON exports into normalised utterances.
 * Every failure is a {@link TranscriptRejectedException} with a stable code, never another exception, so
 * callers can quarantine one bad call and carry on with the rest.
 */
@Component
public class DefaultTranscriptParser implements TranscriptParser {

    private final IngestLimits limits;
    private final Normaliser normaliser;

    public DefaultTranscriptParser(IngestLimits limits) {
        this.limits = limits;
        this.normaliser = new Normaliser(limits);
    }

    @Override
    public ParsedTranscript parse(byte[] content, String fileName, TranscriptFormat forced) {
        if (content != null && content.length > limits.maxBytes().toBytes()) {
            throw new TranscriptRejectedException("too-large", String.format(Locale.ROOT,
                    "The file is %.1f MB; at most %.1f MB is accepted (followthrough.ingest.max-bytes). "
                            + "A 3-hour call as WebVTT is under 1 MB, so this is probably not a transcript.",
                    content.length / 1048576.0, limits.maxBytes().toBytes() / 1048576.0));
        }
        String text = TextDecoder.decode(content);
        if (text.isBlank() || text.strip().equals("\uFEFF")) {
            throw new TranscriptRejectedException("empty", "The file holds only whitespace.");
        }
        TranscriptFormat detected = FormatDetector.detect(text);
        TranscriptFormat format = detected;
        Diagnostics diagnostics = new Diagnostics();
        if (forced != null) {
            FormatDetector.checkForced(forced, detected, text);
            format = forced;
        } else if (detected == TranscriptFormat.SRT && hasExtension(fileName, ".vtt")) {
            diagnostics.warn("The .vtt file has no WEBVTT header; its cues were read anyway.");
        }
        try {
            Normaliser.Result result = normaliser.normalise(reader(format).read(text, diagnostics), diagnostics);
            return new ParsedTranscript(format, new Transcript(result.utterances()), diagnostics.warnings(),
                    result.sourceIds());
        } catch (TranscriptRejectedException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must still reach the user as a rejection with a reason, not as a 500.
            throw new TranscriptRejectedException("unreadable", "The " + format.name().toLowerCase(Locale.ROOT)
                    + " file could not be read: " + e.getClass().getSimpleName() + ".");
        }
    }

    private static FormatReader reader(TranscriptFormat format) {
        return switch (format) {
            case VTT -> CueReader.webVtt();
            case SRT -> CueReader.srt();
            case TEXT -> new PlainTextReader();
            case JSON -> new JsonTranscriptReader();
        };
    }

    private static boolean hasExtension(String fileName, String ext) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(ext);
    }
}
