package dev.followthrough.drafting.offline;

import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.StyleProfiler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Learns a rep's style from their sent emails with rules only: for each trait the habit most emails share (the
 * mode for greeting, sign-off and list marker; the median for length; the mean for formality).
 */
@Component
public class RuleBasedStyleProfiler implements StyleProfiler {

    /** Lines that tie the rep to one deal or one promise are no use as a reusable opener or closer. */
    private static final Pattern COMMITMENT = Pattern.compile(
            "(?i)\\b(i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|will send|attached|"
                    + "attaching|by (?:end|eod|eow)|invoice|contract|quote|proposal)\\b");

    @Override
    public StyleProfile profile(String repName, List<String> sampleEmails) {
        List<EmailAnatomy> emails = new ArrayList<>();
        if (sampleEmails != null) {
            for (String raw : sampleEmails) {
                EmailAnatomy email = raw == null || raw.isBlank() ? null : EmailAnatomy.parse(raw);
                if (email != null && email.words() > 0) { // a subject alone says nothing about how the rep writes
                    emails.add(email);
                }
            }
        }
        if (emails.isEmpty()) {
            return StyleProfile.neutral(repName);
        }
        String greeting = mode(emails, EmailAnatomy::greetingPattern, g -> g.contains(StyleProfile.NAME));
        String signOff = mode(emails, EmailAnatomy::signOff, s -> true);
        int typicalWords = median(emails.stream().mapToInt(EmailAnatomy::words).sorted().toArray());
        long withLists = emails.stream().filter(EmailAnatomy::hasList).count();
        boolean usesBullets = withLists * 2 >= emails.size() && withLists > 0;
        String marker = mode(emails, EmailAnatomy::bulletMarker, m -> true);
        double formality = Formality.round(emails.stream().mapToDouble(Formality::score).average().orElse(0.5));
        List<String> phrases = PhraseMiner.mine(emails);
        String subject = SubjectPatterns.learn(emails.stream().map(EmailAnatomy::subject).toList());
        String opening = recurringGeneric(emails, e -> first(e.sentences()));
        String closing = recurringGeneric(emails, e -> last(e.sentences()));
        String listIntro = recurringGeneric(emails, EmailAnatomy::listIntro);
        return new StyleProfile(repName, greeting, signOff, typicalWords, usesBullets, formality, phrases,
                emails.size(), subject, marker, opening, closing, listIntro);
    }

    /**
     * The most common value, compared case- and space-insensitively; ties go to the earliest sample. Values that
     * pass {@code preferred} win over those that do not (a greeting with a name beats "Hi team,").
     */
    private static String mode(List<EmailAnatomy> emails, Function<EmailAnatomy, String> trait,
                               java.util.function.Predicate<String> preferred) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (EmailAnatomy e : emails) {
            String v = trait.apply(e);
            if (v != null && !v.isBlank()) {
                groups.computeIfAbsent(key(v), k -> new ArrayList<>()).add(v);
            }
        }
        return groups.values().stream()
                .max(Comparator.<List<String>>comparingInt(g -> preferred.test(g.get(0)) ? 1 : 0)
                        .thenComparingInt(List::size)
                        .thenComparing(g -> -indexOf(groups, g)))
                .map(g -> g.get(0)).orElse(null);
    }

    private static int indexOf(Map<String, List<String>> groups, List<String> group) {
        int i = 0;
        for (List<String> g : groups.values()) {
            if (g == group) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** A sentence at least two emails share word for word that names no one, no number, no date, no promise. */
    private static String recurringGeneric(List<EmailAnatomy> emails, Function<EmailAnatomy, String> trait) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (EmailAnatomy e : emails) {
            String v = trait.apply(e);
            if (v != null && isGeneric(v)) {
                groups.computeIfAbsent(key(v).replaceAll("[^\\p{L}\\p{N} ']", ""), k -> new ArrayList<>()).add(v);
            }
        }
        return groups.values().stream().filter(g -> g.size() >= 2)
                .max(Comparator.comparingInt(List::size)).map(g -> g.get(0).strip()).orElse(null);
    }

    static boolean isGeneric(String sentence) {
        if (Lexicon.words(sentence) < 2 || Lexicon.words(sentence) > 20 || COMMITMENT.matcher(sentence).find()
                || Lexicon.hasContactInfo(sentence) || sentence.matches(".*\\d.*")) {
            return false;
        }
        String[] tokens = sentence.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String core = Lexicon.stripPunct(tokens[i]);
            if (core.isEmpty()) {
                continue;
            }
            if (Lexicon.isDateWord(core) && !Lexicon.lower(core).equals("today")) {
                return false;
            }
            boolean capitalised = Character.isUpperCase(core.charAt(0));
            if (i > 0 && capitalised && !core.equals("I") && !core.startsWith("I'")) {
                return false;
            }
        }
        return true;
    }

    private static String key(String v) {
        return Lexicon.lower(v).replaceAll("\\s+", " ").strip();
    }

    private static int median(int[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
