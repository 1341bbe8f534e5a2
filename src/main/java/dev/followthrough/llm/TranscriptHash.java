package dev.followthrough.llm;

import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.nio.charset.StandardCharsets;

/** A content hash of a transcript: same words, same speakers, same ids give the same hash. */
final class TranscriptHash {

    private TranscriptHash() {
    }

    static String of(Transcript t) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : t.utterances()) {
            sb.append(u.id()).append('\u0001').append(u.speaker()).append('\u0001').append(u.text()).append('\u0002');
        }
        return PromptLibrary.version(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
