package dev.followthrough.llm;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Transcript;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.extraction.ExtractionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action items from the LLM's one-pass analysis; the offline extractor whenever the LLM cannot be used or its
 * answer is rejected. Exists only when a provider is configured (see {@link LlmEngineConfiguration}).
 */
public class LlmActionItemExtractor implements ActionItemExtractor {

    private static final Logger log = LoggerFactory.getLogger(LlmActionItemExtractor.class);

    private final LlmCallAnalyser analyser;
    private final LlmStatus status;
    private final ActionItemExtractor offline;

    LlmActionItemExtractor(LlmCallAnalyser analyser, ActionItemExtractor offline, LlmStatus status) {
        this.analyser = analyser;
        this.status = status;
        this.offline = offline;
    }

    @Override
    public ExtractionResult extract(Transcript transcript, CallContext context) {
        try {
            CallAnalysis a = analyser.analyse(transcript, context);
            return new ExtractionResult(a.items(), a.usage());
        } catch (LlmUnavailableException e) {
            log.warn("action items by the offline engine: {}", e.getMessage());
            status.recordFallback("extract", e.getMessage());
            return offline.extract(transcript, context);
        } catch (AnalysisFailedException e) {
            log.warn("action items by the offline engine: {}", e.getMessage());
            status.recordFallback("extract", e.getMessage());
            ExtractionResult r = offline.extract(transcript, context);
            return new ExtractionResult(r.items(), e.addTo(r.usage()));
        }
    }
}
