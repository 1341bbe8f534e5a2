package dev.followthrough.extraction.offline;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A promise that only adds a date or a "when" to the one just made by the same person is folded into it. */
final class Continuations {

    private static final int CONTINUATION_TURNS = 3;
    private static final Pattern PRONOUN_TASK = Pattern.compile("(?i)^\\w+\\s+(?:it|that|this|them|those|these)\\b(?!\\s+\\w+\\s+\\w+\\s+\\w+)");

    private Continuations() {
    }

    /**
     * "I'll get it to you by Friday" right after the same person took on a task is that task again, with its date:
     * fold it in rather than guess what "it" is.
     */
    static void addOrContinue(List<ActionItem> items, ActionItem item, List<Utterance> us) {
        if (!items.isEmpty() && PRONOUN_TASK.matcher(item.task()).find()) {
            ActionItem prev = items.get(items.size() - 1);
            int prevSeq = seqOf(prev.evidence().get(prev.evidence().size() - 1), us);
            int seq = seqOf(item.evidence().get(0), us);
            if (Objects.equals(prev.owner(), item.owner()) && seq - prevSeq <= CONTINUATION_TURNS) {
                List<Evidence> evidence = new ArrayList<>(prev.evidence());
                item.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
                boolean dated = item.dueDate() != null;
                items.set(items.size() - 1, new ActionItem(prev.owner(), prev.task(), dated ? item.dueDate() : prev.dueDate(),
                        dated ? item.dueText() : prev.dueText(), evidence));
                return;
            }
        }
        items.add(item);
    }

    static int seqOf(Evidence e, List<Utterance> us) {
        for (Utterance u : us) {
            if (u.id().equals(e.utteranceId())) {
                return u.seq();
            }
        }
        return Integer.MIN_VALUE / 2;
    }
}
