package dev.followthrough.eval;

import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfiler;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.llm.LlmStatus;
import dev.followthrough.text.Embedder;
import dev.followthrough.verification.DraftVerifier;
import dev.followthrough.verification.offline.OfflineDraftVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Builds the engines to compare. The offline one is constructed directly; the LLM one is wired by Spring exactly as
 * the application wires it ({@code llm.LlmEngineConfiguration}: the {@code @Primary} LLM extractor and drafter with
 * the offline ones as fallback), from the same {@code followthrough.llm.*} settings, given as system properties or
 * environment variables.
 */
final class Engines {

    /** The packages whose beans make up the AI stages; nothing of storage, web or batch is needed. */
    private static final String[] STAGE_PACKAGES = {"dev.followthrough.llm", "dev.followthrough.text",
            "dev.followthrough.extraction.offline", "dev.followthrough.drafting.offline",
            "dev.followthrough.verification.offline"};

    private Engines() {
    }

    static Engine offline(Embedder embedder) {
        return new Engine("offline", new OfflineActionItemExtractor(embedder), new RuleBasedStyleProfiler(),
                new OfflineFollowUpDrafter(), new OfflineDraftVerifier(embedder), () -> 0L, true, () -> { });
    }

    /** The configured provider's name, or empty when none is set (the build then evaluates the offline engine only). */
    static Optional<String> configuredProvider() {
        String p = System.getProperty("followthrough.llm.provider");
        if (p == null || p.isBlank()) {
            p = System.getenv("FOLLOWTHROUGH_LLM_PROVIDER");
        }
        return p == null || p.isBlank() || p.strip().equalsIgnoreCase("none") ? Optional.empty() : Optional.of(p.strip());
    }

    /**
     * The LLM engine. Fails rather than quietly measuring the offline engine under an LLM's name when the provider
     * is named but cannot be used (no key, misspelt provider).
     */
    static Engine llm() {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
        ctx.scan(STAGE_PACKAGES);
        ctx.refresh();
        LlmStatus status = ctx.getBean(LlmStatus.class);
        if (!status.enabled()) {
            ctx.close();
            throw new IllegalStateException("an LLM provider is named but the LLM engine is off: " + status.offlineReason());
        }
        return new Engine("llm:" + status.provider() + "/" + status.model(), ctx.getBean(ActionItemExtractor.class),
                ctx.getBean(StyleProfiler.class), ctx.getBean(FollowUpDrafter.class), ctx.getBean(DraftVerifier.class),
                status::fallbackCount, false, ctx::close);
    }
}
