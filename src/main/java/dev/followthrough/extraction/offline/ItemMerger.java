package dev.followthrough.extraction.offline;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.text.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Folds repeats of one commitment into one item: people restate what they promised when they recap at the end
 * of a call. Two items are the same when the owner is the same and the tasks share most content words or their
 * embeddings are very close. The merged item keeps every citation, and the date said last (a restatement
 * usually corrects or confirms the date).
 */
final class ItemMerger {

    private static final double SAME_TASK_COSINE = 0.86;
    private static final double SAME_TASK_OVERLAP = 0.6;
    private static final Set<String> STOP = Set.of("the", "a", "an", "to", "for", "of", "on", "in", "and", "with", "it",
            "that", "this", "them", "over", "up", "back", "out", "our", "their", "your", "my", "some");

    private final Embedder embedder;

    ItemMerger(Embedder embedder) {
        this.embedder = embedder;
    }

    List<ActionItem> merge(List<ActionItem> items) {
        List<ActionItem> out = new ArrayList<>();
        for (ActionItem item : items) {
            int same = -1;
            for (int k = 0; k < out.size() && same < 0; k++) {
                if (sameCommitment(out.get(k), item)) {
                    same = k;
                }
            }
            if (same < 0) {
                out.add(item);
            } else {
                out.set(same, combine(out.get(same), item));
            }
        }
        return out;
    }

    private boolean sameCommitment(ActionItem a, ActionItem b) {
        if (!Objects.equals(lower(a.owner()), lower(b.owner()))) {
            return false;
        }
        Set<String> wa = contentWords(a.task());
        Set<String> wb = contentWords(b.task());
        if (!wa.isEmpty() && !wb.isEmpty()) {
            Set<String> common = new HashSet<>(wa);
            common.retainAll(wb);
            if ((double) common.size() / Math.min(wa.size(), wb.size()) >= SAME_TASK_OVERLAP && common.size() >= 1
                    && Objects.equals(firstWord(a.task()), firstWord(b.task()))) {
                return true;
            }
        }
        try {
            return Embedder.cosine(embedder.embed(a.task()), embedder.embed(b.task())) >= SAME_TASK_COSINE;
        } catch (RuntimeException | LinkageError modelUnavailable) {
            return false; // without the model, only word overlap decides
        }
    }

    private static ActionItem combine(ActionItem first, ActionItem later) {
        LinkedHashSet<Evidence> evidence = new LinkedHashSet<>(first.evidence());
        evidence.addAll(later.evidence());
        String task = vague(first.task()) && !vague(later.task()) ? later.task() : first.task();
        boolean laterDated = later.dueDate() != null;
        return new ActionItem(first.owner(), task, laterDated ? later.dueDate() : first.dueDate(),
                laterDated ? later.dueText() : first.dueText(), List.copyOf(evidence));
    }

    /** "Send it over": the object is only a pronoun. */
    static boolean vague(String task) {
        return contentWords(task).size() <= 1;
    }

    private static Set<String> contentWords(String task) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(task.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")));
        words.removeIf(w -> w.isBlank() || STOP.contains(w));
        return words;
    }

    private static String firstWord(String task) {
        return task.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
