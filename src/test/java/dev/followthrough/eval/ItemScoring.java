package dev.followthrough.eval;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores extracted action items against a golden call's expected ones.
 *
 * <p>Matching rule (documented in docs/EVALUATION.md): an extracted item is a candidate for an expected item when it
 * cites at least one of the expected item's utterances, or when a strict majority of its task keywords occur
 * (case-insensitively) in its task or its quotes. A candidate pair scores 1 for the shared citation, plus half the
 * fraction of keywords found in task and quotes, plus half the fraction found in the task alone (so that of two items
 * citing the same recap line, the one whose task names the work wins). Pairs are then chosen one-to-one to maximise
 * the total score (an optimal assignment, not a greedy one, so that a tie cannot steal another item's match).
 */
final class ItemScoring {

    record Score(int expected, int extracted, int matched, int ownerCorrect, int dueCorrect, int evidence,
                 int evidenceValid, int itemsWithoutEvidence, int trapHits, List<String> notes) {
    }

    private ItemScoring() {
    }

    static Score score(Transcript transcript, List<GoldenSet.ExpectedItem> expected, List<ActionItem> extracted,
                       List<String> trapUtterances) {
        double[][] w = new double[expected.size()][extracted.size()];
        for (int e = 0; e < expected.size(); e++) {
            for (int x = 0; x < extracted.size(); x++) {
                w[e][x] = pairScore(expected.get(e), extracted.get(x));
            }
        }
        Integer[] matchOf = Assignment.maximise(w);
        boolean[] used = new boolean[extracted.size()];
        for (Integer x : matchOf) {
            if (x != null) {
                used[x] = true;
            }
        }
        List<String> notes = new ArrayList<>();
        int matched = 0;
        int owners = 0;
        int dues = 0;
        for (int e = 0; e < expected.size(); e++) {
            GoldenSet.ExpectedItem want = expected.get(e);
            if (matchOf[e] == null) {
                notes.add("missed: " + want.owner() + " / " + want.taskKeywords() + " / due " + want.dueDate() + " / "
                        + want.utterances());
                continue;
            }
            matched++;
            ActionItem got = extracted.get(matchOf[e]);
            if (sameOwner(got.owner(), want.owner())) {
                owners++;
            } else {
                notes.add("wrong owner: '" + got.task() + "' has owner " + got.owner() + ", expected " + want.owner());
            }
            if (Objects.equals(got.dueDate(), want.dueDate())) {
                dues++;
            } else {
                notes.add("wrong due date: '" + got.task() + "' due " + got.dueDate() + " (" + got.dueText()
                        + "), expected " + want.dueDate());
            }
        }
        Set<String> traps = new HashSet<>(trapUtterances);
        int trapHits = 0;
        for (int x = 0; x < extracted.size(); x++) {
            if (used[x]) {
                continue;
            }
            ActionItem item = extracted.get(x);
            boolean onTrap = item.evidence().stream().anyMatch(ev -> traps.contains(ev.utteranceId()));
            trapHits += onTrap ? 1 : 0;
            notes.add((onTrap ? "extra item on a trap utterance: " : "extra item: ") + item.owner() + " / '"
                    + item.task() + "' / due " + item.dueDate() + " / " + ids(item));
        }
        int evidence = 0;
        int valid = 0;
        int bare = 0;
        for (ActionItem item : extracted) {
            bare += item.evidence().isEmpty() ? 1 : 0;
            for (Evidence ev : item.evidence()) {
                evidence++;
                if (quoteIsInUtterance(transcript, ev)) {
                    valid++;
                } else {
                    notes.add("invalid citation: " + ev.utteranceId() + " does not contain '" + ev.quote() + "'");
                }
            }
        }
        return new Score(expected.size(), extracted.size(), matched, owners, dues, evidence, valid, bare, trapHits,
                List.copyOf(notes));
    }

    /** 0 when not a candidate, else the score described in the class comment. */
    static double pairScore(GoldenSet.ExpectedItem want, ActionItem got) {
        boolean cites = got.evidence().stream().anyMatch(ev -> want.utterances().contains(ev.utteranceId()));
        String task = String.valueOf(got.task()).toLowerCase(Locale.ROOT);
        String text = (task + " " + got.evidence().stream().map(Evidence::quote).filter(Objects::nonNull)
                .collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
        long hits = want.taskKeywords().stream().filter(k -> text.contains(k.toLowerCase(Locale.ROOT))).count();
        long inTask = want.taskKeywords().stream().filter(k -> task.contains(k.toLowerCase(Locale.ROOT))).count();
        int n = want.taskKeywords().size();
        boolean keywords = n > 0 && hits * 2 > n;
        if (!cites && !keywords) {
            return 0;
        }
        return (cites ? 1 : 0) + (n == 0 ? 0 : 0.5 * hits / n + 0.5 * inTask / n);
    }

    /** Same person: equal names, or one name's words all within the other's ("Olivia" for "Olivia Grant"). */
    static boolean sameOwner(String got, String want) {
        if (got == null || want == null) {
            return got == null && want == null;
        }
        Set<String> g = words(got);
        Set<String> w = words(want);
        return !g.isEmpty() && !w.isEmpty() && (w.containsAll(g) || g.containsAll(w));
    }

    /** The quote must be a verbatim substring of the cited utterance, which must exist. */
    static boolean quoteIsInUtterance(Transcript transcript, Evidence ev) {
        Optional<Utterance> u = transcript.byId(ev.utteranceId());
        return u.isPresent() && ev.quote() != null && !ev.quote().isBlank() && u.get().text().contains(ev.quote());
    }

    private static Set<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String ids(ActionItem item) {
        return item.evidence().stream().map(Evidence::utteranceId).toList().toString();
    }
}
