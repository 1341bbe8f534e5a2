package dev.followthrough.text;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from the in-process all-MiniLM-L6-v2 (int8) model: 384 dimensions, no network, no key.
 *
 * <p>The model is loaded on first use rather than at start-up, because most requests never need it and loading
 * costs about half a second plus the native ONNX initialisation. Vectors of recently seen texts are kept in a
 * small LRU cache: the stages embed the same utterances and claims repeatedly within one call.
 */
@Component
public final class Embedder {

    private static final int DEFAULT_CACHE_SIZE = 4096;

    private final int cacheSize;
    private final Map<String, float[]> cache;
    private volatile EmbeddingModel model;

    public Embedder() {
        this(DEFAULT_CACHE_SIZE);
    }

    Embedder(int cacheSize) {
        this.cacheSize = cacheSize;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > Embedder.this.cacheSize;
            }
        };
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    /** The vector of {@code text}; the returned array is shared with the cache, so do not modify it. */
    public float[] embed(String text) {
        String key = text == null ? "" : text;
        float[] cached = cached(key);
        if (cached != null) {
            return cached;
        }
        float[] vector = model().embed(key).content().vector();
        remember(key, vector);
        return vector;
    }

    /** Vectors of {@code texts}, in order; uncached texts are embedded in one batch. */
    public List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i) == null ? "" : texts.get(i);
            out[i] = cached(key);
            if (out[i] == null) {
                missing.add(i);
                segments.add(TextSegment.from(key.isEmpty() ? " " : key));
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model().embedAll(segments).content();
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                out[i] = embeddings.get(j).vector();
                remember(texts.get(i) == null ? "" : texts.get(i), out[i]);
            }
        }
        return List.of(out);
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different sizes: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
    }

    private float[] cached(String key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    private void remember(String key, float[] vector) {
        synchronized (cache) {
            cache.put(key, vector);
        }
    }

    int cachedCount() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
