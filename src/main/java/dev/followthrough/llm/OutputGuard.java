package dev.followthrough.llm;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.StyleProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at the model's (restored) output before anyone sees it: it may not bring in email addresses,
 * links, account-like numbers or people that are in neither the transcript, the call's details nor the rep's
 * profile. Such output is what an obeyed prompt injection looks like, so it is rejected, not repaired.
 * The person check is a heuristic: a "First Last" pair of capitalised words, a greeted name or an item owner
 * none of whose words occur in the known text.
 */
final class OutputGuard {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"')]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|co|ru|info|biz|xyz|ly|me|app|dev)(?:/[^\\s<>\"')]*)?\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){5,}");
    private static final Pattern FULL_NAME = Pattern.compile("\\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b");
    private static final Pattern GREETED = Pattern.compile("(?m)^(?:Hi|Hello|Hey|Dear|Good (?:morning|afternoon))\\s+([A-Z][\\p{L}'-]+)");
    private static final Set<String> COMMON = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "thanks", "thank", "best", "regards", "kind", "cheers",
            "team", "all", "everyone", "there", "folks", "next", "steps", "happy", "great", "looking", "forward");

    private OutputGuard() {
    }

    /** The violations found; empty when the output may be used. */
    static List<String> check(List<ActionItem> items, Draft draft, Transcript transcript, CallContext ctx,
                              StyleProfile style) {
        String known = knownText(transcript, ctx, style);
        String knownLower = known.toLowerCase(Locale.ROOT);
        Set<String> knownWords = words(knownLower);
        Set<String> knownDigits = digitRuns(known);
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        if (draft != null) {
            out.append(draft.subject()).append('\n').append(draft.body()).append('\n');
            Matcher g = GREETED.matcher(draft.body());
            while (g.find()) {
                String greeted = g.group(1).toLowerCase(Locale.ROOT);
                if (!COMMON.contains(greeted) && !knownWords.contains(greeted)) {
                    problems.add("the draft greets \"" + g.group(1) + "\", who is not on the call");
                }
            }
        }
        for (ActionItem item : items) {
            out.append(item.task()).append('\n');
            if (item.owner() != null && !anyWordKnown(item.owner(), knownWords)) {
                problems.add("action item owner \"" + item.owner() + "\" is not on the call");
            }
        }
        String text = out.toString();
        for (String email : all(EMAIL, text)) {
            if (!knownLower.contains(email.toLowerCase(Locale.ROOT))) {
                problems.add("the output contains the address " + email + ", which is not in the call");
            }
        }
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        for (String url : all(URL, withoutEmails)) {
            if (!knownLower.contains(url.toLowerCase(Locale.ROOT))) {
                problems.add("the output contains the link " + url + ", which is not in the call");
            }
        }
        for (String n : all(LONG_NUMBER, ISO_DATE.matcher(withoutEmails).replaceAll(" "))) {
            if (!knownDigits.contains(PiiMasker.digits(n))) {
                problems.add("the output contains the number " + n + ", which is not in the call");
            }
        }
        Matcher names = FULL_NAME.matcher(text);
        while (names.find()) {
            String first = names.group(1).toLowerCase(Locale.ROOT);
            String last = names.group(2).toLowerCase(Locale.ROOT);
            if (!COMMON.contains(first) && !COMMON.contains(last)
                    && !knownWords.contains(first) && !knownWords.contains(last)) {
                problems.add("the output names \"" + names.group() + "\", who is not on the call");
            }
        }
        return problems;
    }

    private static String knownText(Transcript transcript, CallContext ctx, StyleProfile style) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            sb.append(u.speaker()).append(' ').append(u.text()).append('\n');
        }
        sb.append(ctx.repName()).append(' ').append(ctx.repEmail()).append(' ').append(ctx.customer()).append(' ')
                .append(ctx.title()).append(' ').append(String.join(" ", ctx.repAliases())).append('\n');
        for (Participant p : ctx.participants()) {
            sb.append(p.name()).append(' ').append(p.email()).append('\n');
        }
        if (style != null) {
            sb.append(style.greeting()).append('\n').append(style.signOff()).append('\n')
                    .append(style.openingLine()).append('\n').append(style.closingLine()).append('\n')
                    .append(style.nextStepsIntro()).append('\n')
                    .append(String.join("\n", style.typicalPhrases()));
        }
        return sb.toString();
    }

    private static boolean anyWordKnown(String name, Set<String> knownWords) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (!w.isBlank() && knownWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String lower) {
        Set<String> set = new HashSet<>();
        for (String w : lower.split("[^\\p{L}'-]+")) {
            if (!w.isBlank()) {
                set.add(w);
                set.add(w.replaceAll("'s$", ""));
            }
        }
        return set;
    }

    private static Set<String> digitRuns(String text) {
        Set<String> set = new HashSet<>();
        for (String n : all(LONG_NUMBER, text)) {
            set.add(PiiMasker.digits(n));
        }
        return set;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
