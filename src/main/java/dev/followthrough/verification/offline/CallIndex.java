package dev.followthrough.verification.offline;

import dev.followthrough.core.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds the utterances that speak to a claim: BM25 over the words (catches exact names and terms) and embedding
 * cosine over the meaning (catches paraphrase), fused by reciprocal rank so neither scale has to be calibrated
 * against the other.
 */
final class CallIndex {

    /** One retrieved utterance with both raw scores kept, because the checks threshold on them. */
    record Hit(Utterance utterance, int position, double fused, double cosine, double bm25) {
    }

    private static final int RRF_K = 60;
    private static final int DEPTH = 30;

    private final List<Utterance> utterances;
    private final Vectoriser vectoriser;
    private final Map<String, float[]> cache = new HashMap<>();
    private final float[][] vectors;
    private final IndexSearcher searcher;

    CallIndex(List<Utterance> utterances, Vectoriser vectoriser) {
        this.utterances = List.copyOf(utterances);
        this.vectoriser = vectoriser;
        List<String> texts = this.utterances.stream().map(Utterance::text).toList();
        List<float[]> embedded = texts.isEmpty() ? List.of() : vectoriser.embedAll(texts);
        this.vectors = embedded.toArray(new float[0][]);
        for (int i = 0; i < texts.size(); i++) {
            cache.putIfAbsent(texts.get(i), vectors[i]);
        }
        this.searcher = buildIndex(texts);
    }

    private static IndexSearcher buildIndex(List<String> texts) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Terms.SEARCH))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField("pos", i));
                    doc.add(new TextField("text", texts.get(i), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Utterance> utterances() {
        return utterances;
    }

    List<Hit> search(String query, int k) {
        if (utterances.isEmpty()) {
            return List.of();
        }
        float[] q = vector(query);
        double[] cos = new double[utterances.size()];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = cosine(q, vectors[i]);
        }
        double[] bm25 = new double[utterances.size()];
        Map<Integer, Double> fused = new HashMap<>();
        List<Integer> byBm25 = bm25(query, bm25);
        for (int r = 0; r < byBm25.size(); r++) {
            fused.merge(byBm25.get(r), 1.0 / (RRF_K + r + 1), Double::sum);
        }
        List<Integer> byCos = new ArrayList<>();
        for (int i = 0; i < cos.length; i++) {
            byCos.add(i);
        }
        byCos.sort(Comparator.comparingDouble(i -> -cos[i]));
        for (int r = 0; r < Math.min(DEPTH, byCos.size()); r++) {
            fused.merge(byCos.get(r), 1.0 / (RRF_K + r + 1), Double::sum);
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(k)
                .map(e -> new Hit(utterances.get(e.getKey()), e.getKey(), e.getValue(), cos[e.getKey()],
                        bm25[e.getKey()]))
                .toList();
    }

    private List<Integer> bm25(String query, double[] scores) {
        LinkedHashSet<String> terms = new LinkedHashSet<>(Terms.searchTerms(query));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String t : terms) {
            if (n++ >= 512) {
                break;
            }
            b.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Integer> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), DEPTH).scoreDocs) {
                int pos = searcher.storedFields().document(sd.doc).getField("pos").numericValue().intValue();
                scores[pos] = sd.score;
                out.add(pos);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float[] vector(String text) {
        float[] v = cache.get(text);
        if (v == null) {
            v = vectoriser.embedAll(List.of(text)).get(0);
            cache.put(text, v);
        }
        return v;
    }

    /** Embeds all texts not seen yet in one batch; later {@link #vector} calls are then free. */
    void prefetch(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !cache.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> v = vectoriser.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), v.get(i));
            }
        }
    }

    double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
