package dev.followthrough.extraction.offline;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Utterance;
import dev.followthrough.extraction.ActionItemExtractor;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.extraction.offline.CommitmentRules.Kind;
import dev.followthrough.extraction.offline.CommitmentRules.Shape;
import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.DateMention;
import dev.followthrough.text.Embedder;
import dev.followthrough.text.InjectionSignals;
import dev.followthrough.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The default extractor: finds commitments with sentence-shape rules, asks the embedding model for a second opinion
 * on the weak shapes, and merges repeats. Works on any call, needs no key and no network.
 *
 * <p>Who owns an item: the speaker who promises; the person named ("Priya will..."); for a request or an offer,
 * decided by the next turn of the other side: a yes makes it an item (owned by whoever was asked, or by whoever
 * offered), a no or no answer does not. Turns that talk to an AI system ({@link InjectionSignals}) are skipped
 * entirely. Every citation quotes a whole sentence of the cited utterance, verbatim.
 */
@Component
public class OfflineActionItemExtractor implements ActionItemExtractor {

    static final String MODEL = "offline-rules-v1";
    private static final int LOOKAHEAD = 4;
    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(?:no,?\\s+)?(?:wait|sorry|actually|make\\s+that"
            + "|rather|i\\s+mean|scratch\\s+that|correction|let's\\s+say|let's\\s+make\\s+it|or\\s+rather|on\\s+second"
            + "\\s+thought|no\\b)");
    /** Words that place the work after the call even without a date. */
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b(?:next\\s+(?:meeting|call|time|session|step)"
            + "|after\\s+(?:the|this|our)\\s+(?:call|meeting)|afterwards|offline|before\\s+we\\s+(?:meet|talk|speak)"
            + "|follow[- ]?up|get\\s+back\\s+to|circle\\s+back|by\\s+then|in\\s+the\\s+meantime|meantime"
            + "|as\\s+soon\\s+as|asap|right\\s+after|first\\s+thing)\\b");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^(send|share|forward|get|email|deliver|provide"
            + "|review|check|sign|finish|complete|prepare|update|fix|submit|circulate|upload|include|bring|return|approve"
            + "|read|test|file|process|countersign|distribute|present|deliver|pass|hand|dig|pull|find|book|schedule)\\s+(it|that|this)"
            + "(?=\\s*$|[,.]|\\s+(?:to|over|by|for|with|on|in|out|up|back|across|along|after|before|when|once|as)\\b)");
    private static final int CONTINUATION_TURNS = 3;
    /** "Do it", "Put that in there": nothing left to act on once the pronoun is unresolved. */
    private static final Pattern VAGUE = Pattern.compile("(?i)^\\w+(?:\\s+(?:up|out|over|back|on|off|in))?\\s+(?:it|this|that"
            + "|them|these|those)(?:\\s+(?:from|in|into|on|to|over|out|up|back|there|here|later|now|then|soon|along|with"
            + "|again|too|first|quickly|just|all|myself|ourselves|today|tomorrow|as|well))*\\s*$");
    private static final Pattern NOUN_PHRASE = Pattern.compile("(?i)\\b(?:the|your|our|a|an|that|those|these|any)\\s+(?:own\\s+)?"
            + "((?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]{3,})(?=\\s*(?:[?.!,]|$|\\s+(?:for|to|from|with|by|on|over|that|which"
            + "|you|we|i|before|after|when|if|so|and)\\b))");

    private final CommitmentScorer scorer;
    private final ItemMerger merger;

    public OfflineActionItemExtractor(Embedder embedder) {
        this.scorer = new CommitmentScorer(embedder);
        this.merger = new ItemMerger(embedder);
    }

    @Override
    public ExtractionResult extract(Transcript transcript, CallContext context) {
        long started = System.nanoTime();
        List<Utterance> us = transcript.utterances();
        People people = new People(transcript, context);
        LocalDate meeting = context == null ? null : context.meetingDate();
        Set<String> used = new HashSet<>();
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            if (InjectionSignals.looksLikeInstruction(u.text())) {
                continue;
            }
            List<String> sentences = Sentences.split(u.text());
            for (int j = 0; j < sentences.size(); j++) {
                String s = sentences.get(j);
                if (used.contains(key(u, s))) {
                    continue;
                }
                for (String clause : CommitmentRules.clauses(s)) {
                    Optional<Shape> shape = CommitmentRules.recognise(clause);
                    if (shape.isPresent()) {
                        item(us, i, sentences, j, clause, shape.get(), people, meeting, used)
                                .ifPresent(it -> addOrContinue(items, it, us));
                    }
                }
            }
        }
        List<ActionItem> resolved = new ArrayList<>();
        for (ActionItem it : items) {
            int at = seqOf(it.evidence().get(0), us) - 1;
            String task = at >= 0 && at < us.size() ? resolvePronoun(it.task(), us, at) : it.task();
            resolved.add(new ActionItem(it.owner(), task, it.dueDate(), it.dueText(), it.evidence()));
        }
        resolved.removeIf(it -> it.dueDate() == null && VAGUE.matcher(it.task()).matches());
        List<ActionItem> merged = merger.merge(resolved);
        long ms = (System.nanoTime() - started) / 1_000_000;
        return new ExtractionResult(merged, Usage.offline(MODEL, ms));
    }

    private Optional<ActionItem> item(List<Utterance> us, int i, List<String> sentences, int j, String clause, Shape shape,
                                      People people, LocalDate meeting, Set<String> used) {
        Utterance u = us.get(i);
        String s = sentences.get(j);
        if (shape.rest().isEmpty()) {
            return Optional.empty(); // "leave it with me" on its own names no task; as a reply it accepts a request
        }
        boolean action = CommitmentRules.isActionVerb(shape.rest());
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of(u, s));
        used.add(key(u, s));
        String owner;
        String toWhom;
        String fromWhom = null;
        DateMention due = dueIn(clause, sentences, j, u, evidence, meeting);
        switch (shape.kind()) {
            case PROMISE -> {
                if ((!action || shape.weak()) && !plausible(clause, due != null, action)) {
                    return Optional.empty();
                }
                owner = u.speaker();
                toWhom = people.listener(i);
            }
            case NAMED -> {
                owner = people.resolve(shape.name());
                if (owner == null || !action || Objects.equals(owner, u.speaker())) {
                    return Optional.empty();
                }
                toWhom = people.listener(i);
            }
            case JOINT -> {
                owner = people.repOnCall() != null ? people.repOnCall() : u.speaker();
                toWhom = null;
            }
            case DIRECTIVE -> {
                if (!action || shape.rest().matches("(?i)^(?:get|have|find|see|hear|receive|notice|love|like|enjoy)\\b.*")) {
                    return Optional.empty();
                }
                String named = people.resolve(shape.name());
                owner = named != null ? named : people.listener(i);
                Reply reply = owner == null ? null : reply(us, i, owner);
                if (owner == null || (reply != null && !reply.accepted())) {
                    return Optional.empty();
                }
                // told by name, or answered with a promise ("will do"): no second opinion needed
                boolean promised = reply != null && reply.promised();
                if (named == null && !promised && !plausible(clause, due != null, true)) {
                    return Optional.empty();
                }
                if (reply != null) {
                    Utterance r = us.get(reply.index());
                    evidence.add(Evidence.of(r, reply.sentence()));
                    used.add(key(r, reply.sentence()));
                }
                toWhom = null;
                fromWhom = People.callName(u.speaker());
            }
            default -> { // REQUEST, OFFER: the other side must say yes
                if (!action) {
                    return Optional.empty();
                }
                String named = shape.kind() == Kind.REQUEST ? people.resolve(shape.name()) : null;
                Reply reply = reply(us, i, named);
                if (reply == null || !reply.accepted() || (shape.weak() && !reply.promised())) {
                    return Optional.empty();
                }
                Utterance r = us.get(reply.index());
                evidence.add(Evidence.of(r, reply.sentence()));
                used.add(key(r, reply.sentence()));
                DateMention replyDue = lastDate(reply.sentence(), meeting);
                if (replyDue != null) {
                    due = replyDue;
                }
                if (shape.kind() == Kind.REQUEST) {
                    owner = r.speaker();
                    toWhom = null;
                    fromWhom = People.callName(u.speaker());
                } else {
                    owner = u.speaker();
                    toWhom = r.speaker();
                }
            }
        }
        String task = TaskWriter.write(shape.rest(), People.callName(toWhom), fromWhom);
        if (task.split("\\s+").length < 2 && !task.matches("(?i)^(?:call|follow|reply|respond|meet|sync|reconvene|regroup)\\b.*")) {
            return Optional.empty();
        }
        return Optional.of(new ActionItem(owner, task, due == null ? null : due.date(),
                due == null ? null : due.surface(), evidence));
    }

    /**
     * "I'll get it to you by Friday" right after the same person took on a task is that task again, with its date:
     * fold it in rather than guess what "it" is.
     */
    private static void addOrContinue(List<ActionItem> items, ActionItem item, List<Utterance> us) {
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

    private static final Pattern PRONOUN_TASK = Pattern.compile("(?i)^\\w+\\s+(?:it|that|this|them|those|these)\\b(?!\\s+\\w+\\s+\\w+\\s+\\w+)");

    private static int seqOf(Evidence e, List<Utterance> us) {
        for (Utterance u : us) {
            if (u.id().equals(e.utteranceId())) {
                return u.seq();
            }
        }
        return Integer.MIN_VALUE / 2;
    }

    private boolean plausible(String sentence, boolean dated, boolean action) {
        boolean timed = dated || FOLLOW_UP.matcher(sentence).find();
        try {
            double score = scorer.score(sentence);
            return timed ? score > -0.05 : action && score > 0.04;
        } catch (RuntimeException | LinkageError modelUnavailable) {
            return timed && action; // without the model, only follow-up verbs with a time pass
        }
    }

    private record Reply(int index, String sentence, boolean accepted, boolean promised) {
    }

    /** The first answer by someone else (by {@code expected} if given) within the next few turns. */
    private static Reply reply(List<Utterance> us, int i, String expected) {
        String asker = us.get(i).speaker();
        for (int k = i + 1; k < Math.min(us.size(), i + 1 + LOOKAHEAD); k++) {
            Utterance r = us.get(k);
            if (r.speaker() == null || Objects.equals(r.speaker(), asker)) {
                continue;
            }
            if (expected != null && !expected.equalsIgnoreCase(r.speaker())) {
                continue;
            }
            if (InjectionSignals.looksLikeInstruction(r.text())) {
                return null;
            }
            List<String> rs = Sentences.split(r.text());
            if (rs.isEmpty()) {
                continue;
            }
            String opening = rs.size() > 1 ? rs.get(0) + " " + rs.get(1) : rs.get(0);
            return new Reply(k, rs.get(0), CommitmentRules.accepts(rs.get(0)), CommitmentRules.promises(opening));
        }
        return null;
    }

    /** The deadline of a sentence: its last date (later words correct earlier ones), or a correction right after it. */
    private static DateMention dueIn(String s, List<String> sentences, int j, Utterance u, List<Evidence> evidence,
                                     LocalDate meeting) {
        DateMention due = lastDate(s, meeting);
        if (j + 1 < sentences.size()) {
            String next = sentences.get(j + 1);
            DateMention corrected = lastDate(next, meeting);
            if (corrected != null && (CORRECTION.matcher(next).find() || next.split("\\s+").length <= 6)) {
                evidence.add(Evidence.of(u, next));
                due = corrected;
            }
        }
        return due;
    }

    private static DateMention lastDate(String s, LocalDate meeting) {
        if (meeting == null) {
            return null;
        }
        List<DateMention> all = DateExpressions.find(s, meeting);
        for (int k = all.size() - 1; k >= 0; k--) {
            if (!all.get(k).date().isBefore(meeting)) {
                return all.get(k); // a date before the meeting is about the past, not a deadline
            }
        }
        return null;
    }

    /** "Send it over" after "do you have a SOC 2 report?" becomes "Send the SOC 2 report over". */
    private static String resolvePronoun(String task, List<Utterance> us, int i) {
        var m = PRONOUN_OBJECT.matcher(task);
        if (!m.find()) {
            return task;
        }
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            String text = us.get(k).text();
            String phrase = null;
            var np = NOUN_PHRASE.matcher(k == i ? text.substring(0, Math.max(0, text.indexOf(m.group(2)))) : text);
            while (np.find()) {
                phrase = np.group(1);
            }
            if (phrase != null && !phrase.matches("(?i).*\\b(?:call|meeting|time|way|thing|question|point|moment|bit|"
                    + "lot|day|week|month|idea|end|one|part|case|same|kind|sort)\\b.*")) {
                return m.group(1) + " the " + phrase + task.substring(m.end());
            }
        }
        return task;
    }

    private static String key(Utterance u, String sentence) {
        return u.id() + '\u0000' + sentence;
    }
}
