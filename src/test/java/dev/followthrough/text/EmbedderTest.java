package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        Embedder embedder = new Embedder();
        float[] a = embedder.embed("I will send you the revised proposal by Friday.");
        float[] b = embedder.embed("I'll get the updated quote over to you before the weekend.");
        float[] c = embedder.embed("The weather in Lisbon was lovely last spring.");
        assertThat(a).hasSize(384);
        assertThat(Embedder.cosine(a, b)).isGreaterThan(Embedder.cosine(a, c) + 0.2);
    }

    @Test
    void batchEqualsSingleAndIsCached() {
        Embedder embedder = new Embedder(2);
        List<float[]> batch = embedder.embedAll(List.of("alpha beta", "gamma delta", "alpha beta"));
        assertThat(batch).hasSize(3);
        assertThat(Embedder.cosine(batch.get(0), batch.get(2))).isGreaterThan(0.999);
        assertThat(Embedder.cosine(batch.get(0), embedder.embed("alpha beta"))).isGreaterThan(0.999);
        embedder.embed("epsilon");
        assertThat(embedder.cachedCount()).isEqualTo(2);
    }

    @Test
    void cosineEdgeCases() {
        assertThat(Embedder.cosine(new float[] {1, 0}, new float[] {1, 0})).isEqualTo(1.0);
        assertThat(Embedder.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
        assertThatThrownBy(() -> Embedder.cosine(new float[1], new float[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
