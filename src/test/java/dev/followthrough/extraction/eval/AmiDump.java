package dev.followthrough.extraction.eval;

import dev.followthrough.core.ActionItem;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.text.Embedder;
import java.nio.file.Path;

/** Prints what the extractor finds on some AMI dev meetings, with the gold flag per cited utterance (for reading). */
public final class AmiDump {

    private AmiDump() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = AmiCorpus.dir();
        OfflineActionItemExtractor extractor = new OfflineActionItemExtractor(new Embedder());
        for (String id : args) {
            AmiCorpus.Meeting m = AmiCorpus.load(dir, dir.resolve("transcripts").resolve(id + ".json"));
            for (ActionItem item : extractor.extract(m.transcript(), m.context()).items()) {
                System.out.println(id + " | " + item.owner() + " | " + item.task() + " | " + item.dueDate());
                item.evidence().forEach(e -> System.out.println("      " + (m.goldUtteranceIds().contains(e.utteranceId())
                        ? "GOLD " : "     ") + e.quote()));
            }
        }
    }
}
