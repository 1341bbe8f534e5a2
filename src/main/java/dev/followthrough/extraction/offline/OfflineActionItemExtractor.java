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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** "Do it", "Put that in there": nothing left to act on once the pronoun is unresolved. */
    private static final Pattern VAGUE = Pattern.compile("(?i)^\\w+(?:\\s+(?:up|out|over|back|on|off|in))?\\s+(?:it|this|that"
            + "|them|these|those)(?:\\s+(?:from|in|into|on|to|over|out|up|back|there|here|later|now|then|soon|along|with"
            + "|again|too|first|quickly|just|all|myself|ourselves|today|tomorrow|as|well))*\\s*$");

    private static final Pattern IN_THIS_MEETING = Pattern.compile("(?i)\\b(?<!by\\s)(?:right\\s+)?now\\b|\\b(?:in|during|for)\\s+"
            + "(?:this|today['’]s|the\\s+rest\\s+of\\s+(?:this|the))\\s+(?:meeting|call|session)\\b|\\bhere\\s*$");

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
        Map<String, Optional<Shape>> shapes = recogniseAll(us);
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
                List<String> clauses = CommitmentRules.clauses(s);
                for (int c = 0; c < clauses.size(); c++) {
                    String clause = clauses.get(c);
                    if (c > 0 && CommitmentRules.opensWithCondition(clauses.get(0))) {
                        continue; // "If you send it over, we will return it": hangs on what the other side does
                    }
                    Optional<Shape> shape = shapes.computeIfAbsent(clause, CommitmentRules::recognise);
                    if (shape.isPresent()) {
                        item(us, i, sentences, j, clause, shape.get(), people, meeting, used)
                                .ifPresent(it -> Continuations.addOrContinue(items, it, us));
                    }
                }
            }
        }
        List<ActionItem> resolved = new ArrayList<>();
        for (ActionItem it : items) {
            int at = Continuations.seqOf(it.evidence().get(0), us) - 1;
            String task = at >= 0 && at < us.size() ? Turns.resolvePronoun(it.task(), us, at) : it.task();
            resolved.add(new ActionItem(it.owner(), task, it.dueDate(), it.dueText(), it.evidence()));
        }
        resolved.removeIf(it -> it.dueDate() == null && VAGUE.matcher(it.task()).matches());
        List<ActionItem> merged = merger.merge(resolved, us);
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
        int ownerTurn = i; // where the owner took the work on, and which of its sentences
        int ownerSentence = j;
        // "it changed this year let me check with my manager and let you know by friday": the deadline is the one
        // said with the work, after the promise, when there is one there
        String dated = Deadlines.dateOf(shape.rest(), meeting) != null ? shape.rest()
                : Deadlines.fromNearestDate(clause, shape.rest(), meeting);
        DateMention due = Turns.dueIn(dated, sentences, j, u, evidence, meeting);
        switch (shape.kind()) {
            case PROMISE -> {
                if (shape.capability() && !timed(clause, due != null)) {
                    // "I can do fifteen percent on seats": an offer until the other side takes it up
                    if (!action) {
                        return Optional.empty();
                    }
                    if (Turns.answersRequest(us, i)) {
                        // "can you integrate with SAP?" "we can integrate..." answers about the product, not work
                        if (!plausible(clause, false, true)) {
                            return Optional.empty();
                        }
                        owner = u.speaker();
                        toWhom = people.listener(i);
                        break;
                    }
                    Turns.Reply reply = Turns.reply(us, i, null);
                    // taken up, it is agreed work if it reads like work; a warm yes weighs like a date, a bare "yeah" does not
                    if (reply == null || !reply.accepted()
                            || !plausible(clause, Answers.welcomes(us.get(reply.index()).text()), true)) {
                        return Optional.empty();
                    }
                    if (CommitmentRules.recognise(reply.sentence()).isEmpty()) {
                        // the reply is cited, but left free: "I'll send you the names" is its own commitment
                        evidence.add(Evidence.of(us.get(reply.index()), reply.sentence()));
                    }
                } else if ((!action || shape.weak()) && !plausible(clause, due != null || closing(us, i), action)) {
                    return Optional.empty();
                } else if (shape.weak() && due == null && opening(us, i) && AGENDA.matcher(clause).find()) {
                    return Optional.empty(); // "today we're gonna design a new remote": the agenda of this meeting
                }
                owner = u.speaker();
                toWhom = people.listener(i);
            }
            case NAMED -> {
                owner = CommitmentRules.EVERYONE_OWNER.equals(shape.name()) ? shape.name() : people.resolve(shape.name());
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
                if (named == null && !promised && !plausible(clause, due != null || closing(us, i), true)) {
                    return Optional.empty();
                }
                if (reply != null) {
                    Utterance r = us.get(reply.index());
                    evidence.add(Evidence.of(r, reply.sentence()));
                    used.add(key(r, reply.sentence()));
                    DateMention replyDue = Turns.lastDate(reply.sentence(), meeting);
                    if (replyDue != null) {
                        due = replyDue; // "you should talk to IT" "I'll reach out to him tomorrow"
                    }
                    ownerTurn = reply.index();
                    ownerSentence = 0;
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
                    ownerTurn = reply.index();
                    ownerSentence = 0;
                    owner = r.speaker();
                    toWhom = null;
                    fromWhom = People.callName(u.speaker());
                } else {
                    owner = u.speaker();
                    toWhom = r.speaker();
                }
            }
        }
        if (due == null && IN_THIS_MEETING.matcher(shape.rest()).find()) {
            return Optional.empty(); // "we can do the evaluation now": done in the meeting, not after it
        }
        String task = TaskWriter.write(shape.rest(), People.callName(toWhom), fromWhom);
        if (task.split("\\s+").length < 2 && !task.matches("(?i)^(?:call|follow|reply|respond|meet|sync|reconvene|regroup)\\b.*")) {
            return Optional.empty();
        }
        // the date is looked for around the commitment only now, so that it never decides whether there is an item
        if (due != null && (Deadlines.routine(s, due) || Deadlines.countedFromEvent(s, due))) {
            due = null; // "every Friday until the end of the year", "once I have it, within a week": no one due day
        } else if (due == null) {
            DateMention unclear = Deadlines.ambiguous(s, meeting);
            due = unclear != null ? unclear : Deadlines.carried(us, ownerTurn, ownerSentence, shape.rest(), meeting, evidence);
        } else if (Objects.equals(us.get(ownerTurn).speaker(), owner)) {
            due = Deadlines.renegotiated(us, ownerTurn, due, shape.rest(), meeting, evidence);
        }
        return Optional.of(new ActionItem(owner, task, due == null ? null : due.date(),
                due == null ? null : due.surface(), evidence));
    }

    /**
     * The shape of every clause of the call, and the embeddings of those that have one computed in one batch: the
     * model is asked once per call rather than once per candidate, which is most of the extractor's time.
     */
    private Map<String, Optional<Shape>> recogniseAll(List<Utterance> us) {
        Map<String, Optional<Shape>> shapes = new HashMap<>();
        List<String> candidates = new ArrayList<>();
        for (Utterance u : us) {
            for (String s : Sentences.split(u.text())) {
                for (String clause : CommitmentRules.clauses(s)) {
                    if (!shapes.containsKey(clause)) {
                        Optional<Shape> shape = CommitmentRules.recognise(clause);
                        shapes.put(clause, shape);
                        if (shape.isPresent() && mayNeedModel(shape.get())) {
                            candidates.add(clause);
                        }
                    }
                }
            }
        }
        scorer.prepare(candidates);
        return shapes;
    }

    /** The shapes that {@link #item} may send to the model for a second opinion. */
    private static boolean mayNeedModel(Shape shape) {
        return shape.weak() || shape.kind() == Kind.DIRECTIVE || !CommitmentRules.isActionVerb(shape.rest());
    }




    /** The last part of a call, where people sum up and hand out the next steps. */
    private static boolean closing(List<Utterance> us, int i) {
        return us.size() >= MIN_TURNS_FOR_CLOSING && i >= us.size() * CLOSING_FROM;
    }

    /** The first part of a call, where the agenda is set out. */
    private static boolean opening(List<Utterance> us, int i) {
        return us.size() >= MIN_TURNS_FOR_CLOSING && i < us.size() * OPENING_UNTIL;
    }

    private static final double OPENING_UNTIL = 0.1;
    private static final Pattern AGENDA = Pattern.compile("(?i)\\bwe(?:['’]re|\\s+are)\\s+(?:going\\s+to|gonna)\\b|\\bwe['’]ll\\b|\\bwe\\s+will\\b");
    private static final int MIN_TURNS_FOR_CLOSING = 20;
    private static final double CLOSING_FROM = 0.8;

    private static boolean timed(String sentence, boolean dated) {
        return dated || FOLLOW_UP.matcher(sentence).find();
    }

    private boolean plausible(String sentence, boolean dated, boolean action) {
        boolean timed = timed(sentence, dated);
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
