package dev.followthrough.verification.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a clause asserts or denies, and whether it merely hedges. */
final class Polarity {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|unable|off the table|ruled out|out of scope|n't|outside (?:of )?(?:the |our |your |this )?(?:[\\w$-]+ ){0,2}"
                    + "(?:price|pricing|scope|contract|quote|plan|budget|package|deal|agreement|offer|bundle|subscription))\\b|n['’]t\\b|\\byet to\\b",
            Pattern.CASE_INSENSITIVE);
    /** Phrases with a negation word that do not deny anything. */
    /** Words a speaker corrects themself with ("no wait", "fourteen, sorry, sixteen"); Mentions reads them too. */
    static final String REPAIR = "wait|sorry|actually|hang on|hold on|scratch that";
    private static final Pattern NOT_A_DENIAL = Pattern.compile(
            "\\b(no (problem|problems|worries|worry|doubt|rush|pressure|question|later than|sooner than|more than|"
                    + "less than|fewer than|matter|(extra |additional )?(charge|cost|fee)s?)|free of charge|not (only|just|a problem|an issue|to worry|sure|until|to mention)|"
                    + "(n['’]t|not|no) ([\\w-]+ ){0,3}until|nothing else|never mind|why not|if not|or not|whether or not|"
                    + "(can|could)n['’]t (agree|be happier|wait)|doesn['’]t hurt|don['’]t hesitate|"
                    + "no-brainer|without (a doubt|question))\\b"
                    // a speaker correcting themself: "twenty eight hundred no wait thirty one hundred"
                    + "|\\bno,?\\s+(?:" + REPAIR + ")\\b"
                    // litotes: "the weights are not wrong", "that isn't bad" say they are right
                    + "|(?:\\bnot|n['’]t) (?:wrong|bad|incorrect|inaccurate|unreasonable|unusual|uncommon|unhappy|impossible"
                    + "|crazy|terrible|awful|horrible|ridiculous|outrageous)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that describe an open or negative state without a negation word: "still pending", "on hold". */
    private static final Set<String> NEGATIVE_LEANING = Set.of(
            "pending", "still", "yet", "earliest", "latest", "too", "parked", "park", "ice", "shelved", "shelve",
            "backburner", "deprioritised", "deprioritized", "awaiting", "waiting", "wait", "waits", "hold", "holds", "outstanding", "unresolved", "undecided", "unclear",
            "unknown", "unconfirmed", "unapproved", "unsigned", "paused", "pause", "delayed", "delay",
            "lack", "lacks", "missing", "fail", "failed", "declined", "decline", "rejected", "reject", "refused",
            "refuse", "hesitant", "reluctant", "tbd", "open", "blocked", "blocker", "only", "unlikely",
            "impossible", "unavailable", "excluded", "exclude", "excludes", "deferred", "postponed", "skip",
            "skipped", "against", "instead", "later", "unsure", "doubt", "doubtful", "premature", "early",
            "drop", "dropped", "removed", "remove", "cancel", "cancelled", "canceled", "nix",
            "wo", "ca", "hasn", "haven", "isn", "aren", "wasn", "weren", "didn", "doesn", "don", "shouldn",
            "wouldn", "couldn", "until", "before", "need", "needs", "requires", "require", "contingent",
            "depends", "depending", "if", "assuming", "subject", "provided", "expects", "expect", "expected",
            "wants", "want", "must", "should", "plan", "plans", "goal", "target", "aim", "hope", "hopes", "asks",
            "asked", "ask", "will", "ll", "requested", "request", "would", "could", "might", "may", "separate", "separately",
            "extra", "additional", "add-on", "addon", "except", "excluding", "apart", "broke", "broken", "break", "breaks",
            "stopped", "stop", "stops", "fails", "failing", "failure", "error", "errors", "down", "outage", "issue",
            "problem", "wrong", "mismatch", "lost", "lose");
    /** Opposites that flip a statement without any negation word. Only content words: "on"/"off" are too common. */
    private static final List<String[]> ANTONYMS = List.of(
            new String[] {"approved", "rejected"}, new String[] {"accept", "reject"},
            new String[] {"accepted", "rejected"}, new String[] {"increase", "decrease"},
            new String[] {"increased", "decreased"}, new String[] {"higher", "lower"},
            new String[] {"include", "exclude"}, new String[] {"included", "excluded"},
            new String[] {"includes", "excludes"}, new String[] {"agree", "disagree"},
            new String[] {"likely", "unlikely"}, new String[] {"possible", "impossible"},
            new String[] {"available", "unavailable"}, new String[] {"happy", "unhappy"},
            new String[] {"satisfied", "dissatisfied"}, new String[] {"renew", "cancel"},
            new String[] {"renewing", "cancelling"}, new String[] {"renewing", "canceling"},
            new String[] {"expand", "reduce"}, new String[] {"expanding", "reducing"},
            new String[] {"required", "optional"}, new String[] {"mandatory", "optional"},
            new String[] {"won", "lost"}, new String[] {"before", "after"}, new String[] {"confirmed", "cancelled"},
            new String[] {"confirmed", "canceled"}, new String[] {"signed", "unsigned"},
            new String[] {"interested", "uninterested"}, new String[] {"easy", "hard"},
            new String[] {"easy", "difficult"}, new String[] {"cheaper", "pricier"},
            new String[] {"cheaper", "expensive"}, new String[] {"faster", "slower"},
            new String[] {"permanent", "temporary"}, new String[] {"final", "preliminary"},
            new String[] {"final", "draft"}, new String[] {"fixed", "variable"}, new String[] {"full", "partial"},
            new String[] {"enabled", "disabled"}, new String[] {"enable", "disable"},
            new String[] {"closed", "open"}, new String[] {"resolved", "open"}, new String[] {"settled", "open"});

    /** "switch marketing off" and "stay on" say disabled and enabled without those words. */
    private static final Pattern SWITCHED_OFF = Pattern.compile(
            "(?i)\\b(switch|switched|switching|turn|turned|turning|shut|shutting|toggle|toggled)\\s+(?:[\\w-]+\\s+){0,3}?off\\b");
    private static final Pattern SWITCHED_ON = Pattern.compile(
            "(?i)\\b((switch|switched|turn|turned|toggle|toggled)\\s+(?:[\\w-]+\\s+){0,3}?on|(stay|stays|remain|remains|kept|keep)\\s+on)\\b");

    private static final Pattern STATE_OFF = Pattern.compile(
            "(?i)\\b(?:off|disabled) by default\\b|\\b(?:keep|keeps|kept|leave|leaves|stay|stays|remain|remains)\\s+(?:it\\s+|them\\s+)?off\\b");
    private static final Pattern STATE_ON = Pattern.compile(
            "(?i)\\b(?:on|enabled) by default\\b|\\b(?:keep|keeps|kept|leave|leaves)\\s+(?:it\\s+|them\\s+)?on\\b");

    private static Set<String> switched(String text) {
        Set<String> w = new java.util.HashSet<>(words(text));
        if (STATE_OFF.matcher(text).find()) {
            w.add("disabled");
        }
        if (STATE_ON.matcher(text).find()) {
            w.add("enabled");
        }
        if (SWITCHED_OFF.matcher(text).find()) {
            w.add("disabled");
        }
        if (SWITCHED_ON.matcher(text).find()) {
            w.add("enabled");
        }
        return w;
    }

    private Polarity() {
    }

    static boolean denies(String clause) {
        String c = NOT_A_DENIAL.matcher(clause).replaceAll(" ");
        return NEGATION.matcher(c).find();
    }

    /**
     * True when a negation in the clause bears on one of {@code about}: "the budget isn't approved" denies
     * "approv", while "a dashboard which nobody trusts" denies nothing about "spreadsheets".
     */
    static boolean deniesAbout(String clause, java.util.Set<String> about) {
        return deniesAbout(clause, about, false);
    }

    /**
     * Like {@link #deniesAbout(String, java.util.Set)}, but only what follows the negator counts (its predicate),
     * unless the words before it share two of {@code about}: "Catalan is not supported" denies nothing about
     * "Catalan matters to you".
     */
    static boolean deniesPredicate(String clause, java.util.Set<String> about) {
        return deniesAbout(clause, about, true);
    }

    private static boolean deniesAbout(String clause, java.util.Set<String> about, boolean scoped) {
        String c = NOT_A_DENIAL.matcher(clause).replaceAll(" ");
        // The scope of a negation is taken as its stretch between punctuation: "on the DMS not yet" denies "DMS".
        List<String> segments = new java.util.ArrayList<>();
        // "back by Friday so there's no gap": a result clause has its own polarity
        for (String stretch : c.split("[;,.!?]|(?=\\b(?:because|since|as nobody|as no one)\\b)"
                + "|(?=\\bso\\s+(?:that\\s+)?(?:there|it|we|you|i|they|he|she|nothing|no one|nobody)\\b)")) {
            segments.addAll(dev.followthrough.text.SpokenClauses.split(stretch)); // speech with no punctuation in it
        }
        for (String segment : segments) {
            if (CONDITIONAL.matcher(segment).find()) {
                continue; // "if we don't have a better offer by the 15th" supposes, it does not deny
            }
            java.util.regex.Matcher m = NEGATION.matcher(segment);
            if (m.find()) {
                // What is denied is what follows the negator ("Catalan is not supported": "supported"), not the
                // subject, which a claim may well share ("Catalan matters to you"); elliptic "not yet" keeps it all.
                java.util.Set<String> scope = new java.util.HashSet<>(Terms.content(segment.substring(m.start())));
                scope.removeAll(Terms.content(m.group()));
                scope.removeAll(Set.of("yet", "still", "realli", "much", "ani", "anymor", "either"));
                java.util.Set<String> subject = new java.util.HashSet<>(Terms.content(segment.substring(0, m.start())));
                subject.retainAll(about);
                if (scoped && contrastive(segment, m)) {
                    // "fifteen clinics and not two", "at minus two, not minus eighteen": only the alternative is denied,
                    // so the claim must say that alternative, all of it
                    java.util.Set<String> alternative = Terms.content(String.join(" ", java.util.Arrays.stream(
                            segment.substring(m.end()).strip().split("\\s+")).limit(5).toList()));
                    if (!alternative.isEmpty() && about.containsAll(alternative)) {
                        return true;
                    }
                    continue;
                }
                if (scoped && subject.size() >= 2) {
                    return true; // "Real-time push we do not offer": the topic comes first and is clearly the same
                }
                if (scoped) {
                    // What a negation denies is its predicate, the first word it governs: "won't sign anything before
                    // the vote" denies signing, not the vote; "can't promise the credit" denies a promise, not the
                    // credit. A light verb ("don't take vendor presentations") hands that role to its object.
                    List<String> heads = heads(segment.substring(m.end()));
                    java.util.Set<String> shared = new java.util.HashSet<>(scope);
                    shared.retainAll(about);
                    // ...unless what follows shares three words with the claim: "not buying new GPS units this year"
                    // denies "new GPS units are in this year's budget", whatever the verb
                    if (!heads.isEmpty() && shared.size() < 3) {
                        if (heads.stream().anyMatch(h -> about.stream().anyMatch(t -> sameStem(h, t)))) {
                            return true;
                        }
                        continue;
                    }
                }
                for (String stem : !scoped || scope.isEmpty() ? Terms.content(segment) : scope) {
                    if (about.contains(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What "not" may be followed by and still deny a predicate ("not available", "not in the price", "not yet"). */
    private static final Pattern PREDICATIVE = Pattern.compile("(?i)^(?:\\w+(?:ed|ing|able|ible|ive|ful)|available|included|"
            + "supported|possible|ready|live|there|here|part|free|sure|enough|in|on|at|for|with|to|from|by|yet|now|today|"
            + "currently|really|quite|too|so|very|as|about|even|ever|always|necessarily|only|just|planned|going|likely|"
            + "able|allowed|approved|signed|final|done|over|happening|moving|changing)\\b");

    /**
     * "A, not B", "A and not B": a bare "not" after a comma or a conjunction, before a noun or a figure, sets an
     * alternative aside; it denies that alternative, not the sentence's topic.
     */
    private static boolean contrastive(String segment, java.util.regex.Matcher negator) {
        if (!negator.group().equalsIgnoreCase("not")) {
            return false;
        }
        String before = segment.substring(0, negator.start()).strip().toLowerCase(Locale.ROOT);
        String after = segment.substring(negator.end()).strip();
        String first = after.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return (before.isEmpty() || before.matches("(?s).*\\b(?:and|but|or|rather than)$")) && !after.isEmpty()
                && !PREDICATIVE.matcher(after).find() && !NOT_A_HEAD.contains(first) && !LIGHT.contains(first);
    }

    /** Words between a negator and what it denies: auxiliaries and adverbs of degree or time. */
    private static final Set<String> NOT_A_HEAD = Set.of("be", "been", "being", "is", "are", "was", "were", "to",
            "even", "yet", "still", "really", "actually", "currently", "quite", "ever", "always", "necessarily",
            "exactly", "entirely", "fully", "totally", "just", "going", "able", "gonna", "likely", "a", "an", "the",
            "any", "anything", "anyone", "so", "too", "much", "very", "all", "at", "that", "this", "there", "here",
            "it", "them", "us", "you", "we", "i", "he", "she", "they", "me", "him", "her", "our", "your", "their",
            "my", "its");
    /** Verbs that say little on their own: what they deny is their object. */
    private static final Set<String> LIGHT = Set.of("have", "has", "had", "having", "do", "does", "did", "get",
            "gets", "got", "getting", "make", "makes", "made", "take", "takes", "took", "taking", "give", "gives",
            "gave", "go", "goes", "went", "need", "needs", "see", "use", "uses", "using", "put", "keep", "offer",
            // "I can't promise forty-five": what is not promised is the forty-five
            "promise", "guarantee", "commit", "confirm", "say", "tell");

    /**
     * The stems of what a negation governs: its first content word after auxiliaries and adverbs, plus the next one
     * when the first is a light verb. Empty for an elliptic negation ("not yet", "isn't there yet").
     */
    static List<String> heads(String afterNegator) {
        List<String> out = new java.util.ArrayList<>();
        String[] words = afterNegator.strip().split("[\\s,;:.!?]+");
        for (int i = 0; i < words.length && i < 6; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (w.isEmpty() || NOT_A_HEAD.contains(w) || w.endsWith("ly") && w.length() > 4) {
                continue;
            }
            Set<String> stem = Terms.content(w);
            if (LIGHT.contains(w)) {
                out.add(w);
                out.addAll(stem);
                continue; // and the object after it
            }
            if (stem.isEmpty()) {
                continue;
            }
            out.addAll(stem);
            return out;
        }
        return out.stream().anyMatch(h -> !LIGHT.contains(h)) ? out : List.of();
    }

    /** Porter undoubles a final consonant after it strips a suffix ("adding" is "ad") but not in the bare word ("add"). */
    private static boolean sameStem(String a, String b) {
        return a.equals(b) || a.length() >= 2 && b.length() >= 2 && undoubled(a).equals(undoubled(b));
    }

    private static String undoubled(String stem) {
        return stem.replaceAll("(\\p{L})\\1$", "$1");
    }

    /** Segments that suppose or explain rather than deny the fact: "if we don't...", "because nobody noticed". */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)^\\s*(?:and |but |so )?(?:if|unless|whether|in case|"
            + "as long as|provided|assuming|even if|because|since|as nobody|as no one)\\b");

    private static final Pattern EXCLUSION = Pattern.compile(
            "(?i)\\b(left|leave|leaving|stay|stays|staying|kept|keep|keeping|opt|opted|rule|ruled|phase|phased) "
                    + "(out|off|away)\\b|\\boff (your|our|the) \\w+");

    static boolean hedges(String clause) {
        if (EXCLUSION.matcher(clause).find()) {
            return true;
        }
        for (String w : words(clause.replaceAll("(?i)\\bopen to\\b", "willing"))) {
            if (NEGATIVE_LEANING.contains(w) || w.startsWith("un") && w.length() > 5 && w.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** The pair of opposite words where one side says one and the other side the other, or {@code null}. */
    static String[] antonymPair(String claim, String evidence) {
        Set<String> a = switched(claim);
        Set<String> b = switched(evidence);
        for (String[] pair : ANTONYMS) {
            if (pair[0].equals("before") && !sameObject(claim, evidence)) {
                continue; // "weeks after you order" and "order before Christmas" are about different things
            }
            if (a.contains(pair[0]) && b.contains(pair[1]) && !a.contains(pair[1]) && !b.contains(pair[0])) {
                return pair;
            }
            if (a.contains(pair[1]) && b.contains(pair[0]) && !a.contains(pair[0]) && !b.contains(pair[1])) {
                return new String[] {pair[1], pair[0]};
            }
        }
        return null;
    }

    /** "before Christmas" / "after Christmas": the same thing follows the preposition on both sides. */
    private static boolean sameObject(String claim, String evidence) {
        Set<String> a = objects(claim);
        a.retainAll(objects(evidence));
        return !a.isEmpty();
    }

    private static Set<String> objects(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = Pattern.compile("(?i)\\b(?:before|after)\\s+(?:the\\s+|your\\s+|our\\s+|a\\s+)?([\\p{L}\\d]+)")
                .matcher(text);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+|['’]"));
    }
}
