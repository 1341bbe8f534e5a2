package dev.followthrough.llm;

import dev.followthrough.core.Usage;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Answers already paid for, keyed by (hash of the exact request, prompt version, model, stage), so that the
 * extractor and the drafter share one call and a re-run of the job costs no tokens. In memory: a restart
 * forgets it. Unusable answers are remembered too (asking again would cost the same and most likely fail the
 * same); a provider outage is not, so a later call tries again.
 */
final class AnalysisCache {

    record Key(String requestHash, String promptVersion, String model, String stage) {
    }

    private static final class Entry {
        final CompletableFuture<CallAnalysis> result = new CompletableFuture<>();
        final AtomicBoolean started = new AtomicBoolean();
        final AtomicBoolean charged = new AtomicBoolean();
    }

    /** Bound on memory for a long-running server; past it an arbitrary finished entry is forgotten. */
    private static final int MAX_ENTRIES = 2000;

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    CallAnalysis get(Key key, Supplier<CallAnalysis> compute) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().stream().filter(e -> e.getValue().result.isDone()).findAny()
                    .ifPresent(e -> entries.remove(e.getKey(), e.getValue()));
        }
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        if (entry.started.compareAndSet(false, true)) {
            try {
                entry.result.complete(compute.get());
            } catch (LlmUnavailableException e) {
                entries.remove(key, entry);
                entry.result.completeExceptionally(e);
            } catch (RuntimeException e) {
                entry.result.completeExceptionally(e);
            }
        }
        CallAnalysis analysis;
        try {
            analysis = entry.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof AnalysisFailedException failed) {
                throw entry.charged.compareAndSet(false, true) ? failed : failed.withoutCost();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (entry.charged.compareAndSet(false, true)) {
            return analysis;
        }
        Usage u = analysis.usage();
        return new CallAnalysis(analysis.items(), analysis.draft(),
                new Usage(u.engine(), u.model(), u.promptVersion(), 0, 0, BigDecimal.ZERO, 0), analysis.injectionSuspected());
    }

    int size() {
        return entries.size();
    }
}
