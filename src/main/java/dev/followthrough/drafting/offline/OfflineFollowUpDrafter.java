package dev.followthrough.drafting.offline;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.drafting.DraftResult;
import dev.followthrough.drafting.FollowUpDrafter;
import dev.followthrough.drafting.StyleProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/**
 * Writes the follow-up without a model: the rep's greeting to the main customer attendee, a recap built from what
 * the customer side actually said, the next steps from the action items, and the rep's sign-off. Every fact in
 * the body is a restatement or quote of a transcript sentence or an action item; the only words of its own are
 * plain connecting lines that carry no facts.
 */
@Component
public class OfflineFollowUpDrafter implements FollowUpDrafter {

    static final String ENGINE = "offline-drafter-v1";
    private static final int MAX_POINTS = 5;
    /**
     * Share (percent) of the rep's usual length the recap may use even when the next steps already fill it: a
     * follow-up that lists tasks but none of the agreed numbers is the worse email of the two. Not on a call
     * that holds an injection: there fewer quoted sentences is the safer email.
     */
    private static final int RECAP_FLOOR = 40;

    @Override
    public DraftResult draft(Transcript transcript, List<ActionItem> actionItems, CallContext context,
                             StyleProfile style) {
        long started = System.nanoTime();
        StyleProfile profile = style != null ? style : StyleProfile.neutral(context.repName());
        Audience audience = Audience.of(transcript, context);
        Tone tone = Tone.of(profile);
        NextStepWriter steps = new NextStepWriter(tone.formal(), allowedContacts(profile, context), audience);

        List<ActionItem> usable = steps.usable(actionItems);
        List<String> stepLines = usable.stream().map(steps::write).toList();
        Set<String> cited = new HashSet<>();
        usable.forEach(i -> i.evidence().stream().map(Evidence::utteranceId).forEach(cited::add));

        String greeting = greeting(profile, audience, context, tone);
        String opening = profile.openingLine() != null ? profile.openingLine() : tone.opening();
        String closing = profile.closingLine() != null ? profile.closingLine() : tone.closing();
        String stepsIntro = profile.nextStepsIntro() != null ? profile.nextStepsIntro() : tone.stepsIntro();

        int fixed = Lexicon.words(greeting) + Lexicon.words(opening) + Lexicon.words(closing)
                + Lexicon.words(profile.signOff()) + stepLines.stream().mapToInt(Lexicon::words).sum()
                + (stepLines.isEmpty() ? 0 : Lexicon.words(stepsIntro));
        List<RecapSelector.Point> points = choose(RecapSelector.candidates(transcript, audience, cited),
                RecapSelector.holdsInjection(transcript) ? profile.typicalWords() - fixed
                        : Math.max(profile.typicalWords() - fixed, profile.typicalWords() * RECAP_FLOOR / 100),
                stepLines.isEmpty() ? 2 : 1);

        // filtered here, not only at the end, so that a dropped point never leaves the recap intro dangling
        List<String> recapLines = merged(points, tone, !profile.usesBullets()).stream()
                .filter(line -> !InstructionGuard.looksLikeInstruction(line)).toList();
        StringBuilder body = new StringBuilder();
        body.append(greeting).append("\n\n").append(opening).append("\n\n");
        if (!recapLines.isEmpty()) {
            if (profile.usesBullets()) {
                body.append(tone.recapIntro()).append('\n');
                appendList(body, recapLines, profile.bulletMarker());
            } else {
                body.append(String.join(" ", recapLines));
            }
            body.append("\n\n");
        }
        if (!stepLines.isEmpty()) {
            body.append(stepsIntro).append('\n');
            if (profile.usesBullets()) {
                appendList(body, stepLines, profile.bulletMarker());
            } else {
                body.append(proseSteps(usable, stepLines, steps));
            }
            body.append("\n\n");
        }
        body.append(closing).append("\n\n").append(profile.signOff());

        Draft draft = new Draft(subject(profile, context, tone), dropInstructionLines(body.toString().strip()));
        long ms = (System.nanoTime() - started) / 1_000_000;
        return new DraftResult(draft, Usage.offline(ENGINE, ms));
    }

    /** One paragraph for the rep's steps, one for the recipient's, one for everyone else's. */
    private static String proseSteps(List<ActionItem> usable, List<String> lines, NextStepWriter steps) {
        StringBuilder out = new StringBuilder();
        int previousRank = -1;
        for (int i = 0; i < lines.size(); i++) {
            int rank = steps.ownerRank(usable.get(i));
            if (i > 0) {
                out.append(rank != previousRank ? "\n\n" : " ");
            }
            out.append(lines.get(i)).append('.');
            previousRank = rank;
        }
        return out.toString();
    }

    /**
     * Best-ranked points that fit the rep's usual length (at least {@code minimum}, and the best of each side),
     * in call order.
     */
    private static List<RecapSelector.Point> choose(List<RecapSelector.Point> ranked, int budget, int minimum) {
        List<RecapSelector.Point> chosen = new ArrayList<>();
        int used = 0;
        for (RecapSelector.Point p : ranked) {
            if (chosen.size() >= MAX_POINTS) {
                break;
            }
            // the best point of each side gets in even over budget: the recap covers what both sides said
            boolean firstOfItsSide = chosen.stream().noneMatch(c -> c.rep() == p.rep());
            if (chosen.size() < minimum || firstOfItsSide || used + p.words() <= budget) {
                chosen.add(p);
                used += p.words();
            }
        }
        chosen.sort(Comparator.comparingInt(RecapSelector.Point::seq));
        return chosen;
    }

    /**
     * One line per point, except that in prose a speaker's restated points in a row share one sentence ("You
     * mentioned that A, and that B."): the same facts in fewer words. Bulleted reps keep one point per bullet,
     * since their bullet habit is part of their voice (and of the style score).
     */
    private static List<String> merged(List<RecapSelector.Point> points, Tone tone, boolean prose) {
        List<String> lines = new ArrayList<>();
        RecapSelector.Point previous = null;
        for (RecapSelector.Point p : points) {
            boolean joins = prose && previous != null && !p.rep() && !previous.rep() && p.clause() != null
                    && previous.clause() != null && p.speaker().equals(previous.speaker());
            if (joins) {
                String last = lines.remove(lines.size() - 1);
                lines.add(last.substring(0, last.length() - 1) + ", and that " + p.clause() + ".");
            } else {
                lines.add(render(p, tone));
            }
            previous = p;
        }
        return lines;
    }

    private static String render(RecapSelector.Point p, Tone tone) {
        if (p.rep()) {
            // the rep's own words, as said: a condition ("if you sign by December") stays a condition
            return (tone.formal() ? "As I said: " : "From my side: ") + "\u201c" + p.quote() + ".\u201d";
        }
        boolean recipient = p.voice() == Restater.Voice.RECIPIENT;
        String who = recipient ? "You" : firstName(p.speaker());
        if (p.clause() != null) {
            String verb = switch (p.kind()) {
                case CONCERN -> "flagged";
                case REQUIREMENT -> "noted";
                case DECISION -> "said";
                default -> "mentioned";
            };
            return who + " " + verb + " that " + p.clause() + ".";
        }
        String quote = "\u201c" + p.quote() + ".\u201d";
        return recipient ? (tone.formal() ? "In your words: " : "As you put it: ") + quote : who + " said: " + quote;
    }

    private static String greeting(StyleProfile profile, Audience audience, CallContext context, Tone tone) {
        String pattern = profile.greeting();
        if (!pattern.contains(StyleProfile.NAME)) {
            return pattern;
        }
        String name = audience.recipientFirstName();
        if (name == null) {
            name = context.customer() != null && !context.customer().isBlank()
                    ? context.customer().strip() + " team" : tone.formal() ? "all" : "there";
        }
        return pattern.replace(StyleProfile.NAME, name);
    }

    private static String subject(StyleProfile profile, CallContext context, Tone tone) {
        String topic;
        if (context.title() != null && !context.title().isBlank()) {
            topic = context.title().strip();
        } else if (context.customer() != null && !context.customer().isBlank()) {
            topic = context.customer().strip();
        } else {
            topic = tone.formal() ? "our conversation" : "our call";
        }
        String pattern = profile.subjectPattern();
        return pattern.contains(StyleProfile.TOPIC) ? pattern.replace(StyleProfile.TOPIC, topic).strip() : pattern;
    }

    private static void appendList(StringBuilder body, List<String> lines, String marker) {
        Matcher numbered = java.util.regex.Pattern.compile("^\\d+([.)])\\s*$").matcher(marker);
        boolean isNumbered = numbered.matches();
        for (int i = 0; i < lines.size(); i++) {
            String m = isNumbered ? (i + 1) + numbered.group(1) + " " : marker;
            body.append(m).append(lines.get(i)).append('\n');
        }
        body.setLength(body.length() - 1);
    }

    /** Last line of defence: nothing in the body may read as an order to a machine. */
    private static String dropInstructionLines(String body) {
        List<String> kept = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (!InstructionGuard.looksLikeInstruction(line)) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static Set<String> allowedContacts(StyleProfile profile, CallContext context) {
        Set<String> allowed = new HashSet<>();
        for (var p : List.of(Lexicon.EMAIL, Lexicon.URL, Lexicon.PHONE)) {
            Matcher m = p.matcher(profile.signOff());
            while (m.find()) {
                allowed.add(Lexicon.lower(m.group()));
            }
        }
        if (context.repEmail() != null) {
            allowed.add(Lexicon.lower(context.repEmail().strip()));
        }
        return allowed;
    }

    private static String firstName(String speaker) {
        String cleaned = speaker.replaceAll("\\(.*?\\)|\\[.*?]", " ").strip();
        for (String t : cleaned.split("\\s+")) {
            String core = Lexicon.stripPunct(t);
            if (!core.isEmpty() && !Lexicon.TITLES.contains(Lexicon.lower(core))) {
                return core;
            }
        }
        return cleaned;
    }
}
