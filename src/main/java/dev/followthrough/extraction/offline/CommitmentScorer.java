package dev.followthrough.extraction.offline;

import dev.followthrough.text.Embedder;
import java.util.List;

/**
 * Second opinion for the weak shapes ("we can...", "let me...", "you'll need to..."): is the sentence closer to
 * how people commit to follow-up work, or to how they describe capabilities, opinions and the call itself?
 * Nearest-prototype in the embedding space; the prototypes are generic business English, written for this class,
 * not taken from any transcript.
 */
final class CommitmentScorer {

    private static final List<String> COMMITMENTS = List.of(
            "I will send you the proposal after the call.",
            "We'll get the signed contract back to you.",
            "I can send over the case study this afternoon.",
            "Let me check with our legal team and get back to you.",
            "I'll set up a meeting with our engineers.",
            "We need to get the security questionnaire back to them.",
            "You'll need to sign the order form so we can start.",
            "I'll follow up by email with the pricing details.",
            "We can have the sandbox ready for you next week.",
            "Let me pull together the usage numbers for you.",
            "I need to talk to my manager about the discount first.",
            "You'll work on the technical design for the next meeting.");
    private static final List<String> NON_COMMITMENTS = List.of(
            "Yes, we can integrate with that system out of the box.",
            "We can support up to five hundred users on that plan.",
            "Let me think about it.",
            "I can see why that would be frustrating.",
            "You'll see the dashboard updates in real time.",
            "We need to be careful about the budget this year.",
            "Let me just say it has been a great partnership.",
            "I can tell you that most customers love this feature.",
            "You will get a notification when the report is ready.",
            "We have to see how the quarter goes.",
            "I can hear you fine now.",
            "You can change the settings whenever you like.",
            "We have to make the product much better than the competition.",
            "Then we'll come back to that topic later in this meeting.",
            "We're going to have a short break now.",
            "If we go with that option we'll need a bigger budget.",
            "We'll have enough capacity for that.",
            "I will start with a quick overview of the agenda.");

    private final Embedder embedder;
    private volatile List<float[]> commitments;
    private volatile List<float[]> others;

    CommitmentScorer(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Positive when {@code sentence} reads more like a commitment than like anything else; in [-2, 2]. */
    double score(String sentence) {
        if (commitments == null) {
            commitments = embedder.embedAll(COMMITMENTS);
            others = embedder.embedAll(NON_COMMITMENTS);
        }
        float[] v = embedder.embed(sentence);
        return nearest(v, commitments) - nearest(v, others);
    }

    private static double nearest(float[] v, List<float[]> prototypes) {
        double best = -1;
        for (float[] p : prototypes) {
            best = Math.max(best, Embedder.cosine(v, p));
        }
        return best;
    }
}
