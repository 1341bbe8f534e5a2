package dev.followthrough.drafting.offline;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how formal one email reads, 0 (casual) to 1 (formal). Six signals, each mapped to a casualness in 0..1,
 * then averaged with fixed weights (documented in docs/STYLE-METRIC.md):
 * contractions per sentence (0.25), words per sentence (0.20), exclamation marks per sentence (0.15),
 * the greeting's salutation (0.15), the closing word (0.15), and casual vocabulary per sentence (0.10).
 */
final class Formality {

    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)\\b\\p{L}+(?:'|\u2019)(?:s|re|ve|ll|d|m|t)\\b|\\b(?:gonna|wanna|gotta|lemme|y'all)\\b");
    private static final Pattern POSSESSIVE_NOUN = Pattern.compile("(?i)\\b(?!(?:it|that|there|here|what|who|he|she|let)(?:'|\u2019)s)\\p{L}+(?:'|\u2019)s\\b");
    private static final Pattern CASUAL_WORDS = Pattern.compile(
            "(?i)\\b(?:awesome|super|cool|great|stoked|excited|totally|btw|fyi|lol|haha|no worries|quick|chat|ping|"
                    + "loop in|circle back|hop on|jump on|touch base|sounds good|yep|yeah|nope|ok|okay|thx|tbh)\\b"
                    + "|:\\)|:-\\)|;\\)|[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");

    private Formality() {
    }

    static double score(EmailAnatomy email) {
        List<String> sentences = email.sentences();
        int n = Math.max(1, sentences.size());
        String text = String.join(" ", sentences);
        int words = Math.max(1, Lexicon.words(text));

        double contractions = Math.max(0, count(CONTRACTION, text) - count(POSSESSIVE_NOUN, text));
        double cContractions = clamp(contractions / n / 0.5);
        double wordsPerSentence = (double) words / n;
        double cLength = clamp((22.0 - wordsPerSentence) / (22.0 - 8.0));
        double cExclaim = clamp(count(Pattern.compile("!"), text) / (double) n / 0.3);
        double cCasualWords = clamp(count(CASUAL_WORDS, text) / (double) n / 0.4);
        double cGreeting = greetingCasualness(email.greetingPattern());
        double cCloser = closerCasualness(email.signOff());

        double casual = 0.25 * cContractions + 0.20 * cLength + 0.15 * cExclaim + 0.15 * cGreeting
                + 0.15 * cCloser + 0.10 * cCasualWords;
        return round(1.0 - casual);
    }

    static double greetingCasualness(String greeting) {
        if (greeting == null) {
            return 0.5;
        }
        String g = greeting.toLowerCase(Locale.ROOT);
        if (g.matches("^(hey|heya|hiya|yo|howdy)\\b.*")) {
            return 1.0;
        }
        if (g.matches("^hi\\b.*")) {
            return g.contains("!") ? 0.8 : 0.6;
        }
        if (g.matches("^hello\\b.*")) {
            return 0.4;
        }
        if (g.matches("^(good (morning|afternoon|evening)|greetings)\\b.*")) {
            return 0.2;
        }
        if (g.matches("^dear\\b.*")) {
            return 0.0;
        }
        return 0.6; // a bare name ("Jordan,") reads informal-leaning
    }

    static double closerCasualness(String signOff) {
        if (signOff == null) {
            return 0.5;
        }
        String first = signOff.split("\n")[0].toLowerCase(Locale.ROOT).replaceAll("[,.!\u2014-]+\\s*$", "").strip();
        if (first.matches("^(cheers|talk soon|speak soon|ttyl|later|thx|take care|have a (great|good) \\w+).*")) {
            return 1.0;
        }
        if (first.matches("^(kind regards|regards|sincerely|yours sincerely|yours truly|respectfully|with appreciation).*")) {
            return 0.0;
        }
        if (first.matches("^(best regards|warm regards|many thanks|thank you|with thanks|best wishes|warmly).*")) {
            return 0.3;
        }
        if (first.matches("^(thanks|best|all the best|thanks again|thanks so much).*")) {
            return signOff.split("\n")[0].contains("!") ? 0.8 : 0.6;
        }
        return signOff.matches("(?s)^\\s*[-\u2013\u2014~].*") ? 0.9 : 0.5;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int c = 0;
        while (m.find()) {
            c++;
        }
        return c;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
