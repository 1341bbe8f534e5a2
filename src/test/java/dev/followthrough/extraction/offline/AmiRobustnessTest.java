package dev.followthrough.extraction.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Utterance;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.extraction.eval.AmiCorpus;
import dev.followthrough.text.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the extractor over the real AMI dev meetings: no crash, and every citation is real. */
class AmiRobustnessTest {

    @Test
    void everyItemOnRealMeetingsCitesRealWords() throws Exception {
        Path dir = AmiCorpus.dir();
        assumeTrue(Files.isDirectory(dir.resolve("transcripts")),
                "SKIPPED: AMI corpus not found at " + dir + " (set -Dami.dir to run this test)");
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(new Embedder());
        List<Path> files = AmiCorpus.transcripts(dir);
        assertThat(files).isNotEmpty();
        int total = 0;
        for (Path file : files) {
            AmiCorpus.Meeting m = AmiCorpus.load(dir, file);
            ExtractionResult r = extractor.extract(m.transcript(), m.context());
            assertThat(r.usage().engine()).isEqualTo("offline");
            for (ActionItem item : r.items()) {
                assertThat(item.task()).as(m.id()).isNotBlank();
                assertThat(item.evidence()).as(m.id() + " " + item.task()).isNotEmpty();
                for (Evidence e : item.evidence()) {
                    Utterance u = m.transcript().byId(e.utteranceId()).orElseThrow(
                            () -> new AssertionError(m.id() + ": cites unknown utterance " + e.utteranceId()));
                    assertThat(u.text()).as(m.id() + " " + e.utteranceId()).contains(e.quote());
                    assertThat(e.quote()).isNotBlank();
                    assertThat(e.speaker()).isEqualTo(u.speaker());
                }
            }
            total += r.items().size();
        }
        assertThat(total).as("items over all AMI dev meetings").isPositive();
    }
}
