package dev.followthrough.drafting.offline;

import dev.followthrough.core.ActionItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one action item as a next step: who, what, and when as the call put it, with the resolved date beside
 * it ("I'll send the revised quote by Friday (Dec 4)"). Only the item's own words are used.
 */
final class NextStepWriter {

    /** First words that show a task is not an imperative ("The revised quote", "Pricing for 40 seats"). */
    private static final Set<String> NOT_A_VERB = Set.of("the", "a", "an", "our", "your", "their", "his", "her",
            "my", "this", "that", "these", "those", "to", "for", "on", "in", "at", "with", "no", "new", "revised",
            "updated", "next", "final", "pricing", "price", "quote", "proposal", "contract", "demo", "meeting",
            "call", "security", "legal", "budget", "intro", "introduction", "follow-up", "followup", "it", "we",
            "i", "they", "he", "she", "you", "someone", "somebody", "pending", "possible", "potential");
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)^(by|on|before|after|until|till|next|this|end|"
            + "within|in|at|early|late|mid|tomorrow|today|tonight|asap|eod|eow|first|over|for|from|around|"
            + "no later than|starting|ahead of|prior to|during|later)\\b");

    private final boolean formal;
    private final Set<String> allowedContacts;
    private final Audience audience;

    NextStepWriter(boolean formal, Set<String> allowedContacts, Audience audience) {
        this.formal = formal;
        this.allowedContacts = allowedContacts;
        this.audience = audience;
    }

    /** The items worth listing, rep's first, then the recipient's, then everyone else's, call order within. */
    List<ActionItem> usable(List<ActionItem> items) {
        List<ActionItem> out = new ArrayList<>();
        for (ActionItem item : items == null ? List.<ActionItem>of() : items) {
            if (item == null || item.task() == null || item.task().isBlank()
                    || InstructionGuard.looksLikeInstruction(item.task())) {
                continue;
            }
            out.add(item);
        }
        out.sort(Comparator.comparingInt(this::ownerRank));
        return out;
    }

    String write(ActionItem item) {
        String task = redact(item.task().strip()).replaceAll("[.;]+$", "");
        if (!audience.isRep(item.owner()) && item.owner() != null) {
            task = Restater.shiftTask(task, audience.isRecipient(item.owner())
                    ? Restater.Voice.RECIPIENT : audience.voiceOf(matchingSpeaker(item.owner())));
        }
        task = audience.addressed(task);
        task = withDue(task, item);
        String owner = item.owner() == null ? null : item.owner().strip();
        String firstWord = Lexicon.lower(Lexicon.stripPunct(task.split("\\s+")[0]));
        boolean imperative = !NOT_A_VERB.contains(firstWord) && !firstWord.endsWith("ing");
        if (owner == null || owner.isEmpty()) {
            return capitalise(task) + (formal ? " (owner to be confirmed)" : " (owner TBD)");
        }
        if (!imperative) {
            return displayOwner(owner) + ": " + task;
        }
        String verbPhrase = lowerFirst(task);
        if (audience.isRep(owner)) {
            return (formal ? "I will " : "I'll ") + verbPhrase;
        }
        if (audience.isRecipient(owner)) {
            return (formal ? "You will " : "You'll ") + verbPhrase;
        }
        return audience.shortName(owner) + " will " + verbPhrase;
    }

    private String matchingSpeaker(String owner) {
        return audience.voices().keySet().stream().filter(s -> Audience.samePerson(s, owner)).findFirst()
                .orElse(null);
    }

    /** 0 for the rep's own steps, 1 for the recipient's, 2 for everyone else's: the draft groups them so. */
    int ownerRank(ActionItem item) {
        if (audience.isRep(item.owner())) {
            return 0;
        }
        return audience.isRecipient(item.owner()) ? 1 : 2;
    }

    private String displayOwner(String owner) {
        if (audience.isRep(owner)) {
            return formal ? "On my side" : "Me";
        }
        return audience.isRecipient(owner) ? (formal ? "On your side" : "You") : audience.shortName(owner);
    }

    /** "Send the quote" + by Friday / Dec 4 → "Send the quote by Friday (Dec 4)"; keeps the call's words. */
    String withDue(String task, ActionItem item) {
        String dueText = item.dueText() == null ? null : item.dueText().strip();
        String date = item.dueDate() == null ? null : formatDate(item.dueDate());
        boolean textHasDate = dueText != null && (dueText.matches(".*\\d.*") || containsMonth(dueText));
        if (dueText != null && !dueText.isEmpty()) {
            String label = date != null && !textHasDate ? dueText + " (" + date + ")" : dueText;
            Matcher inTask = Pattern.compile("(?i)" + Pattern.quote(dueText)).matcher(task);
            if (inTask.find()) {
                return task.substring(0, inTask.start()) + task.substring(inTask.start(), inTask.end())
                        + label.substring(dueText.length()) + task.substring(inTask.end());
            }
            return TIME_WORDS.matcher(dueText).find() ? task + " " + label : task + ", " + label;
        }
        return date != null ? task + " by " + date : task;
    }

    String formatDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(formal ? "MMMM d" : "MMM d", Locale.ENGLISH));
    }

    private static boolean containsMonth(String text) {
        for (String t : text.split("[^\\p{L}]+")) {
            if (Lexicon.MONTHS.contains(Lexicon.lower(t))) {
                return true;
            }
        }
        return false;
    }

    /** Contact details from the call never go into the draft; the rep's own (from the profile) may. */
    String redact(String text) {
        String out = text;
        for (Pattern p : List.of(Lexicon.EMAIL, Lexicon.URL, Lexicon.PHONE)) {
            Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(
                        allowedContacts.contains(Lexicon.lower(m.group())) ? m.group() : "\u0000"));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        // drop the placeholder with the preposition that led to it: "send it to <email>" → "send it"
        out = out.replaceAll("(?i)\\s*\\b(?:to|at|via|on|from|using|through|is|:)?\\s*\u0000", "");
        return out.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").strip();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s; // an acronym ("SSO setup") keeps its case
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
