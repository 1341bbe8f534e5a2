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
    /** Words that place the work after the call even without a date. */
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b(?:next\\s+(?:meeting|call|time|session|step)"
            + "|after\\s+(?:the|this|our)\\s+(?:call|meeting)|afterwards|offline|before\\s+we\\s+(?:meet|talk|speak)"
            + "|follow[- ]?up|get\\s+back\\s+to|circle\\s+back|by\\s+then|in\\s+the\\s+meantime|meantime"
            + "|as\\s+soon\\s+as|asap|right\\s+after|first\\s+thing)\\b");
    private static final int CONTINUATION_TURNS = 3;
    /** "Do it", "Put that in there": nothing left to act on once the pronoun is unresolved. */
    private static final Pattern VAGUE = Pattern.compile("(?i)^\\w+(?:\\s+(?:up|out|over|back|on|off|in))?\\s+(?:it|this|that"
            + "|them|these|those)(?:\\s+(?:from|in|into|on|to|over|out|up|back|there|here|later|now|then|soon|along|with"
            + "|again|too|first|quickly|just|all|myself|ourselves|today|tomorrow|as|well))*\\s*$");

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
        boolean inInjectedQuote = false;
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            boolean sameSpeaker = i > 0 && Objects.equals(u.speaker(), us.get(i - 1).speaker());
            if (inInjectedQuote && sameSpeaker) {
                // a quoted instruction read out over several turns: the rest of the quote is part of it
                inInjectedQuote = !closesQuote(u.text());
                continue;
            }
            inInjectedQuote = false;
            if (InjectionSignals.looksLikeInstruction(u.text())) {
                inInjectedQuote = opensQuote(u.text());
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
            String task = at >= 0 && at < us.size() ? Turns.resolvePronoun(it.task(), us, at) : it.task();
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
        DateMention due = Turns.dueIn(clause, sentences, j, u, evidence, meeting);
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
                Turns.Reply reply = owner == null ? null : Turns.reply(us, i, owner);
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
                Turns.Reply reply = Turns.reply(us, i, named);
                if (reply == null || !reply.accepted() || (shape.weak() && !reply.promised())) {
                    return Optional.empty();
                }
                Utterance r = us.get(reply.index());
                evidence.add(Evidence.of(r, reply.sentence()));
                used.add(key(r, reply.sentence()));
                DateMention replyDue = Turns.lastDate(reply.sentence(), meeting);
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

    private static boolean opensQuote(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '\u201C').count();
        long close = text.chars().filter(c -> c == '\u201D').count();
        return straight % 2 == 1 || open > close;
    }

    private static boolean closesQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201D') >= 0;
    }

    private static String key(Utterance u, String sentence) {
        return u.id() + '\u0000' + sentence;
    }
}
