package dev.followthrough.verification.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers recent embeddings. A rep edits a draft and the check runs again on the same call: the call's
 * utterances need not be embedded twice.
 */
final class CachingVectoriser implements Vectoriser {

    private final Vectoriser delegate;
    private final Map<String, float[]> cache;

    CachingVectoriser(Vectoriser delegate, int capacity) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                if (!cache.containsKey(t)) {
                    missing.add(t);
                }
            }
        }
        List<String> distinct = missing.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            List<float[]> fresh = delegate.embedAll(distinct);
            synchronized (cache) {
                for (int i = 0; i < distinct.size(); i++) {
                    cache.put(distinct.get(i), fresh.get(i));
                }
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(t);
                out.add(v != null ? v : delegate.embedAll(List.of(t)).get(0));
            }
        }
        return out;
    }
}
