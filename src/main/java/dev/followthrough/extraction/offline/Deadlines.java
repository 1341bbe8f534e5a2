package dev.followthrough.extraction.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.DateMention;
import dev.followthrough.text.Sentences;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When an item is due. People seldom say the work and its date in one clause: the date comes in the speaker's next
 * sentence ("I'll pull the vehicle list. You'll have it by the sixth."), in a fragment before or after ("End of next
 * week, okay. I'll get it from the department heads."), in the answer to "When?", or in a date the other side asks for
 * and the owner accepts ("can we make it Thursday?" "Thursday is fine."). A date is carried to an item only from
 * words that are about the same work (a fragment, a pronoun, a "you'll have it", a shared noun, a reporting-back
 * verb) and never across a change of topic or past another commitment with a date of its own. Words that name no one
 * day stay undated: a routine ("every Friday", "from now on") or an offset counted from an event ("once I have it,
 * within a week").
 */
final class Deadlines {

    /** How many sentences after the commitment, in the same turn, may still carry its date. */
    private static final int SENTENCES_AHEAD = 3;
    /** How many sentences before it, in the same turn, a date fragment may stand. */
    private static final int SENTENCES_BEHIND = 2;
    /** How many words besides the date a sentence may have and still be only a date ("Wednesday morning at nine then"). */
    private static final int FRAGMENT_WORDS = 3;

    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:no|wait|sorry|actually|rather|i\\s+mean|make\\s+(?:it|that)"
            + "|scratch\\s+that|instead|or|not|let['’]s\\s+say|on\\s+second\\s+thought)\\b");
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)\\b(?:not|n['’]t(?:\\s+(?:do|make))?)\\s*$");
    private static final Pattern ROUTINE = Pattern.compile("(?i)\\b(?:from\\s+now\\s+on|going\\s+forward|every\\s+\\w+|whenever"
            + "|each\\s+(?:time|week|month|day|morning)|on\\s+an\\s+ongoing\\s+basis|weekly|monthly|regularly)\\b");
    /** "a plan for next year", "budget for Q1": a span after "for" says what the thing covers, not when it is due. */
    private static final Pattern COVERS = Pattern.compile("(?i)^for\\s+(?:the\\s+)?(?:(?:this|next|the\\s+following|the\\s+coming)"
            + "\\s+(?:year|quarter|month|season)|q[1-4]|\\d{4}|(?:the\\s+)?(?:first|second|third|fourth)\\s+quarter|jan\\w*|feb\\w*"
            + "|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)(?:\\s+\\d{4})?$");
    /** Words that tell of the past: a date in them is not a deadline carried to new work. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:sent|was|were|did|had|said|told|gave|came|went|met|spoke|talked"
            + "|agreed|asked|signed|mentioned|ago|last)\\b");
    /** "At the end of that shift", "the same day": the date of the sentence before. */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:that|the\\s+same)\\s+(?:day|shift|morning|afternoon|evening"
            + "|night)\\b");
    /** An invitation is sent before the meeting it is for: the meeting's date is not its deadline. */
    private static final Pattern INVITE = Pattern.compile("(?i)\\b(?:invite|invitation|calendar\\s+(?:hold|request))\\b");
    private static final Pattern AFTER_EVENT = Pattern.compile("(?i)\\b(?:once|after|when|as\\s+soon\\s+as)\\s+(?:i|we|you|they)"
            + "(?:['’](?:ve|ll))?\\s+(?:have|get|got|receive|see|hear|had)\\b");
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:in|within|inside|after|over)\\b.*\\b(?:day|week|month)s?\\b");
    private static final Pattern TOPIC_SHIFT = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|now)\\W+)?(?:another\\s+(?:topic|thing"
            + "|question)|one\\s+more\\s+thing|also\\b|separately|on\\s+another\\s+note|by\\s+the\\s+way|moving\\s+on|back\\s+to"
            + "|speaking\\s+of|what\\s+about|switching|different\\s+topic|next\\s+topic|let['’]s\\s+talk\\s+about)");
    private static final Pattern TIMING_QUESTION = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|great)\\W+)?(?:when|by\\s+when"
            + "|how\\s+soon|what(?:['’]s|\\s+is)\\s+the\\s+(?:timing|timeline|eta|date)|what\\s+timing|any\\s+idea\\s+when"
            + "|when\\s+(?:can|could|will|would|do|might)\\b)");
    /** The other side asks for another day: "can we make it Thursday?", "how about Monday instead?" */
    private static final Pattern CHANGE_ASKED = Pattern.compile("(?i)\\b(?:can|could)\\s+(?:we|you)\\s+(?:make\\s+it|do\\s+it|move\\s+it"
            + "|have\\s+it)|\\bhow\\s+about\\b|\\binstead\\b|\\bany\\s+chance\\b|\\blet['’]s\\s+(?:aim|say|make\\s+it|target"
            + "|shoot)\\b|\\bwould\\b.*\\bwork\\b");
    /** The other side says when it needs the thing just promised: "I'd need it before our budget meeting on the 3rd." */
    private static final Pattern NEEDED_BY = Pattern.compile("(?i)\\b(?:i|we)(?:\\s+need|\\s+would\\s+need|['’]d\\s+need|\\s+want"
            + "|['’]d\\s+want|\\s+would\\s+want)\\s+(?:it|them|that|those|this)\\b");
    private static final Pattern HANDED_OVER = Pattern.compile("(?i)\\b(?:you['’]ll|you\\s+will|you\\s+should|you['’]d)\\s+(?:have"
            + "|get|see|receive)\\b|\\b(?:it|they|that|those|these)(?:['’]ll|\\s+will|\\s+should|\\s+would)\\s+(?:arrive|be\\s+there"
            + "|get\\s+there|reach|land|be\\s+ready|be\\s+done|be\\s+with\\s+you|go\\s+out)\\b|\\bgive\\s+(?:me|us)\\s+(?:until|till"
            + "|to)\\b|\\b(?:i|we)\\s+need\\s+(?:until|till)\\b");
    private static final Pattern REPORT_BACK = Pattern.compile("(?i)\\b(?:let\\s+you\\s+know|get\\s+back\\s+to|come\\s+back\\s+to"
            + "|respond|reply|confirm|follow\\s+up|circle\\s+back|report\\s+back|update\\s+you|tell\\s+you|answer\\s+you"
            + "|let\\s+\\w+\\s+know)\\b");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)\\b(?:send|email|mail|get|have|share|forward|deliver|finish"
            + "|do|bring|ship|upload|return|drop|hand|post)\\s+(?:it|them|that|this|those|these|both)\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|then|but|yes|yeah|sure|perfect|great)\\W+)*");
    private static final Pattern FILLER = Pattern.compile("(?i)^(?:then|okay|ok|fine|works|good|great|perfect|sure|yes|yeah|that|that's"
            + "|is|it|i|think|please|so|and|for|the|me|you|morning|afternoon|evening|at|around|maybe|if|possible|would|be|great"
            + "|best|latest|the|latest|\\d{1,2}(?::\\d\\d)?|nine|ten|eleven|noon|two|three|four|five|am|pm|a\\.m|p\\.m)$");
    private static final Set<String> STOP = Set.of("the", "a", "an", "to", "for", "of", "on", "in", "and", "with", "it",
            "that", "this", "them", "over", "up", "back", "out", "our", "your", "my", "some", "from", "what", "their",
            "send", "sends", "get", "have", "make", "sure", "will", "also", "about", "give", "take", "need", "want", "like",
            "know", "think", "just", "then", "there", "here", "when", "once", "before", "after", "until", "next", "week",
            "month", "today", "tomorrow", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "quarter", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "would", "could", "should",
            "you'll", "we'll", "i'll", "these", "those", "other", "which", "where", "because");

    private Deadlines() {
    }

    /**
     * The deadline in one sentence or clause: its first date after the meeting, unless a later one corrects it
     * ("Friday, no wait, Monday") or the first is negated ("not Friday, Monday"). A second date without such words
     * belongs to other words ("I'll do it next Monday, I'm out Thursday and Friday").
     */
    static DateMention dateOf(String s, LocalDate meeting) {
        if (meeting == null || s == null) {
            return null;
        }
        DateMention chosen = null;
        int chosenEnd = 0;
        List<DateMention> all = DateExpressions.find(s, meeting).stream().filter(d -> deadlineLike(s, d, meeting)).toList();
        for (DateMention d : all) {
            if (chosen == null) {
                chosen = NEGATED_BEFORE.matcher(s.substring(0, d.start())).find() ? null : d;
                chosenEnd = d.end();
                continue;
            }
            if (CORRECTION.matcher(s.substring(chosenEnd, d.start())).find()) {
                chosen = d;
                chosenEnd = d.end();
            }
        }
        if (chosen == null) {
            // the first was negated: the last date not negated is the one meant ("not Friday, Monday")
            for (int k = all.size() - 1; k >= 0 && chosen == null; k--) {
                if (!NEGATED_BEFORE.matcher(s.substring(0, all.get(k).start())).find()) {
                    chosen = all.get(k);
                }
            }
        }
        return chosen;
    }

    /**
     * The clause from the last deadline said before its promise, when more than one is: in speech without full stops,
     * "monday is fine then on tuesday i will do the training" is Tuesday's. The clause itself otherwise.
     */
    static String fromNearestDate(String clause, String promise, LocalDate meeting) {
        int at = promise == null || promise.isEmpty() ? -1 : clause.lastIndexOf(promise);
        if (meeting == null || at <= 0) {
            return clause;
        }
        String before = clause.substring(0, at);
        List<DateMention> dates = DateExpressions.find(before, meeting).stream()
                .filter(d -> deadlineLike(before, d, meeting)).toList();
        return dates.size() < 2 ? clause : clause.substring(dates.get(dates.size() - 1).start());
    }

    /** Not about the past, not what the thing covers ("a plan for next year"), not describing a noun. */
    private static boolean deadlineLike(String s, DateMention d, LocalDate meeting) {
        return !d.date().isBefore(meeting) && !COVERS.matcher(d.surface()).matches() && !modifier(s, d);
    }

    /** "The October ninth deadline", "the Monday meeting": the date describes a noun, it is not when the work is due. */
    private static boolean modifier(String s, DateMention d) {
        return MODIFIER_BEFORE.matcher(s.substring(0, d.start())).find() && MODIFIER_AFTER.matcher(s.substring(d.end())).lookingAt();
    }

    private static final Pattern MODIFIER_BEFORE = Pattern.compile("(?i)\\b(?:the|our|your|their|this|that|my|a)\\s+$");
    private static final Pattern MODIFIER_AFTER = Pattern.compile("(?i)\\s+(?!(?:at|and|or|to|for|by|with|if|so|in|on|then|is|are|was"
            + "|works|work|would|could|will|should|morning|afternoon|evening|night|it|that|the|a|we|i|you|he|she|they|latest|earliest"
            + "|please|okay|ok|too|instead|again|as|because|since|after|before|when|but)\\b)[a-z]{3,}\\b");

    /**
     * "By Friday the 14th" where no 14th soon is a Friday: the words are kept as the item's due text, with no date,
     * rather than a guess at which one was meant.
     */
    static DateMention ambiguous(String s, LocalDate meeting) {
        if (meeting == null || s == null) {
            return null;
        }
        List<DateMention> unclear = DateExpressions.contradictions(s, meeting);
        return unclear.isEmpty() ? null : unclear.get(unclear.size() - 1);
    }

    /**
     * "From now on I'll send a tracking link", "review the tickets every Friday until the end of the year": a routine,
     * with no one due date. Only a date said after the routine words belongs to the routine ("the plan today, and a
     * status email weekly" keeps today).
     */
    static boolean routine(String clause, DateMention due) {
        var m = ROUTINE.matcher(clause);
        if (!m.find()) {
            return false;
        }
        int at = due == null ? -1 : clause.indexOf(due.surface());
        return due == null || at < 0 || m.start() < at;
    }

    /** "Once I have it, I can give you an estimate within a week": counted from an event whose date nobody said. */
    static boolean countedFromEvent(String clause, DateMention due) {
        return due != null && OFFSET.matcher(due.surface()).find() && AFTER_EVENT.matcher(clause).find();
    }

    /**
     * A date for an undated item from the words around its commitment: sentence {@code j} of turn {@code at} by the
     * owner. The sentence the date came from is added to {@code evidence}.
     */
    static DateMention carried(List<Utterance> us, int at, int j, String task, LocalDate meeting, List<Evidence> evidence) {
        if (meeting == null || INVITE.matcher(task).find()) {
            return null;
        }
        Utterance u = us.get(at);
        List<String> sentences = Sentences.split(u.text());
        if (j >= sentences.size()) {
            return null;
        }
        Set<String> nouns = nouns(task);
        String own = sentences.get(j);
        DateMention inSentence = dateOf(own, meeting);
        if (inSentence != null && !routine(own, inSentence) && REPORT_BACK.matcher(own.substring(0, inSentence.start())).find()) {
            // "I will ask the committee whether..., and I will respond by Thursday": the answer is due then
            return inSentence;
        }
        if (SAME_DAY.matcher(own).find() && j > 0) {
            DateMention before = dateOf(sentences.get(j - 1), meeting);
            if (before != null) {
                cite(evidence, Evidence.of(u, sentences.get(j - 1)));
                return before;
            }
        }
        for (int k = j + 1; k < Math.min(sentences.size(), j + 1 + SENTENCES_AHEAD); k++) {
            String s = sentences.get(k);
            if (TOPIC_SHIFT.matcher(s).find() || ambiguous(s, meeting) != null) {
                break; // another topic, or a date nobody can pin down: nothing to carry
            }
            DateMention d = dateOf(s, meeting);
            if (d != null) {
                if (!routine(s, d) && !PAST.matcher(s).find() && (fragment(s, d) || opensWith(s, d) || aboutTheSameWork(s, nouns))) {
                    cite(evidence, Evidence.of(u, s));
                    return d;
                }
                break; // a date of another commitment
            }
        }
        for (int k = j - 1; k >= Math.max(0, j - SENTENCES_BEHIND); k--) {
            String s = sentences.get(k);
            if (ambiguous(s, meeting) != null) {
                break;
            }
            DateMention d = dateOf(s, meeting);
            if (d != null) {
                if (fragment(s, d) && !PAST.matcher(s).find()) {
                    cite(evidence, Evidence.of(u, s));
                    return d;
                }
                break;
            }
            if (s.split("\\s+").length > FRAGMENT_WORDS + 2) {
                break; // only a short remark may stand between the fragment and the commitment
            }
        }
        return laterTurns(us, at, nouns, null, meeting, evidence);
    }

    /**
     * A dated item whose date the other side asked to change and the owner accepted: "by Friday" "can we make it
     * Thursday?" "Thursday is fine."
     */
    static DateMention renegotiated(List<Utterance> us, int at, DateMention due, String task, LocalDate meeting,
                                    List<Evidence> evidence) {
        if (meeting == null || due == null) {
            return due;
        }
        DateMention changed = laterTurns(us, at, nouns(task), due, meeting, evidence);
        return changed != null ? changed : due;
    }

    /**
     * The owner's next turn after one turn of the other side: a date there about the same work, the answer to
     * "When?", or a date the other side proposed and the owner accepted. With {@code current} set, only a change the
     * other side asked for counts.
     */
    private static DateMention laterTurns(List<Utterance> us, int at, Set<String> nouns, DateMention current,
                                          LocalDate meeting, List<Evidence> evidence) {
        String owner = us.get(at).speaker();
        if (owner == null || at + 2 >= us.size()) {
            return null;
        }
        Utterance other = us.get(at + 1);
        Utterance back = us.get(at + 2);
        if (other.speaker() == null || Objects.equals(other.speaker(), owner) || !Objects.equals(back.speaker(), owner)) {
            return null;
        }
        List<String> os = Sentences.split(other.text());
        List<String> bs = Sentences.split(back.text());
        if (os.isEmpty() || bs.isEmpty() || os.stream().anyMatch(s -> TOPIC_SHIFT.matcher(s).find())) {
            return null;
        }
        boolean asksWhen = os.stream().anyMatch(s -> TIMING_QUESTION.matcher(s).find());
        String proposal = os.stream().filter(s -> dateOf(s, meeting) != null
                && (CHANGE_ASKED.matcher(s).find() || fragment(s, dateOf(s, meeting)))).findFirst().orElse(null);
        if (current != null && (proposal == null || !CHANGE_ASKED.matcher(proposal).find())) {
            return null;
        }
        if (current == null && proposal == null) {
            proposal = os.stream().filter(s -> dateOf(s, meeting) != null && NEEDED_BY.matcher(s).find()).findFirst().orElse(null);
        }
        if (!asksWhen && proposal == null && !Answers.accepts(os.get(0))) {
            return null; // the other side went on to something else
        }
        String answer = bs.get(0);
        if (ambiguous(answer, meeting) != null) {
            return null;
        }
        DateMention d = dateOf(answer, meeting);
        if (d != null && !routine(answer, d) && !PAST.matcher(answer).find()
                && (asksWhen || fragment(answer, d) || opensWith(answer, d) || aboutTheSameWork(answer, nouns)
                || proposal != null && d.date().equals(dateOf(proposal, meeting).date()))) {
            if (proposal != null) {
                cite(evidence, Evidence.of(other, proposal));
            }
            cite(evidence, Evidence.of(back, answer));
            return d;
        }
        if (d == null && proposal != null && Answers.accepts(answer)) {
            cite(evidence, Evidence.of(other, proposal));
            cite(evidence, Evidence.of(back, answer));
            return dateOf(proposal, meeting);
        }
        return null;
    }

    private static void cite(List<Evidence> evidence, Evidence e) {
        if (!evidence.contains(e)) {
            evidence.add(e);
        }
    }

    /** Little but the date: "End of next week, okay.", "Thursday the fifteenth, morning?" */
    private static boolean fragment(String s, DateMention d) {
        int at = s.indexOf(d.surface());
        String rest = at < 0 ? s : s.substring(0, at) + " " + s.substring(at + d.surface().length());
        long words = Arrays.stream(rest.split("[^\\p{L}\\p{N}'’.:]+")).map(w -> w.replaceAll("[.]+$", ""))
                .filter(w -> !w.isBlank() && !FILLER.matcher(w).matches()).count();
        return words <= FRAGMENT_WORDS;
    }

    /** "By the ninth, I think, because...", "On Monday I send you one month": the sentence is about when. */
    private static boolean opensWith(String s, DateMention d) {
        int at = s.indexOf(d.surface());
        return at >= 0 && LEADING.matcher(s.substring(0, at)).replaceFirst("").isBlank();
    }

    /** The sentence hands over, reports back on, or names the same thing as the item. */
    private static boolean aboutTheSameWork(String s, Set<String> nouns) {
        if (HANDED_OVER.matcher(s).find() || REPORT_BACK.matcher(s).find() || PRONOUN_OBJECT.matcher(s).find()) {
            return true;
        }
        Set<String> mine = nouns(s);
        mine.retainAll(nouns);
        return !mine.isEmpty();
    }

    private static Set<String> nouns(String text) {
        return Arrays.stream(String.valueOf(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !STOP.contains(w)) // "quote", "test" name the work even if verbs too
                .map(w -> w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
