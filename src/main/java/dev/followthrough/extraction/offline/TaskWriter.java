package dev.followthrough.extraction.offline;

import dev.followthrough.text.DateExpressions;
import dev.followthrough.text.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the verb phrase of a commitment into a short imperative task: the clause is cut where the next one begins,
 * the deadline words are left to the due date, and "you"/"me" become the names of the people meant, so that
 * "I'll send you the revised deck by Friday" said to Jordan reads "Send the revised deck to Jordan".
 */
final class TaskWriter {

    private static final int MAX_WORDS = 14;
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 3);

    private static final Pattern CLAUSE_END = Pattern.compile("(?i)(?:,\\s*(?:and\\s+|but\\s+|so\\s+|then\\s+)?(?:i|we|you|"
            + "they|he|she|it|that|which|who|because|since|if|once|when|as\\s+soon\\s+as|so|but|or|okay|ok|right|alright"
            + "|sound|does|is|yeah|yes|um|uh)\\b|\\s+(?:you|we|i|they)(?:'re|'ll|'ve|'d|\\s+are|\\s+will|\\s+have)\\b|,\\s*and\\b|\\s+so\\s+(?!much\\b|many\\b|far\\b)|\\s+(?:but|because|since|unless|although"
            + "|and\\s+(?:then\\s+)?(?:i|we|you)\\b|and\\s+then|once|as\\s+soon\\s+as|after\\s+(?:i|we|you|that)\\b|before\\s+(?:i|we"
            + "|you)\\b|if\\s+(?:that|you|we|it)\\b|when\\s+(?:i|we|you)\\b)\\b|[;?!:()]|\\s+[-–—]+\\s+|\\.(?:\\s|$))");
    private static final Pattern TRAILING = Pattern.compile("(?i)(?:[\\s,]+(?:for\\s+you|as\\s+well|too|then|okay|ok|alright"
            + "|right|asap|as\\s+soon\\s+as\\s+possible|if\\s+that(?:'s|\\s+is)\\s+(?:ok|okay|fine|alright)|for\\s+sure"
            + "|please|again|real\\s+quick|quickly|over\\s+to\\s+you|sometime|at\\s+the\\s+latest|latest|first\\s+thing"
            + "|um+|uh+|and|or|the|a|an|to|with|on|by|at|in|of|for|from|no|wait|yeah|today|tomorrow|so|before|after|then|before\\s+then|by\\s+then|once\\s+i\\s+have\\s+it))+\\s*$");

    private TaskWriter() {
    }

    /**
     * @param verbPhrase what follows the modal ("send you the deck by Friday")
     * @param toWhom     the first name of the person "you" means, or {@code null}
     * @param fromWhom   the first name of the person "me"/"us" means in a request, or {@code null}
     */
    static String write(String verbPhrase, String toWhom, String fromWhom) {
        String t = cutClause(verbPhrase);
        t = removeDates(t);
        t = t.replaceAll("(?i),?\\s*\\b(?:no,?\\s*)?(?:wait|sorry|i\\s+mean|make\\s+that|or\\s+rather|scratch\\s+that)\\b,?", " ");
        t = t.replaceAll("(?i)\\b(?:um+|uh+)\\b,?\\s*", "").replaceAll("\\s{2,}", " ").strip();
        t = TRAILING.matcher(t).replaceFirst("").strip();
        t = t.replaceAll("(?i)(?<!let\\s)\\byou\\s+know\\b,?\\s*", "").strip();
        t = mapPronouns(t, toWhom, fromWhom);
        t = t.replaceAll("(?i)\\b(\\w+)(?:\\s+\\1\\b)+", "$1");
        t = t.replaceFirst("^(?i:(send|email|forward|give|bring|show|shoot|get|drop|pass|hand))\\s+((?!The\\b|A\\b|An\\b)"
                + "\\p{Lu}[\\p{L}\\w-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\w-]*|\\d+))*(?:'s\\s+team)?)\\s+(?!over\\b|to\\b|back\\b)(.+)$", "$1 $3 to $2");
        t = t.replaceFirst("(?i)\\s+over\\s+to\\s+", " to ");
        String[] words = t.split("\\s+");
        if (words.length > MAX_WORDS) {
            t = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
            t = TRAILING.matcher(t).replaceFirst("").strip();
        }
        t = t.replaceAll("[,.\\s]+$", "");
        if (t.isEmpty()) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String cutClause(String s) {
        var m = CLAUSE_END.matcher(s);
        return m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    }

    private static String removeDates(String s) {
        List<DateMention> dates = DateExpressions.find(s, ANY_DAY);
        StringBuilder b = new StringBuilder(s);
        for (int i = dates.size() - 1; i >= 0; i--) {
            b.delete(dates.get(i).start(), dates.get(i).end());
        }
        return b.toString().replaceAll("\\s{2,}", " ").replaceAll("\\s+,", ",").strip();
    }

    private static String mapPronouns(String t, String toWhom, String fromWhom) {
        String r = t;
        r = r.replaceAll("(?i)\\byou\\s+guys\\b", "you");
        if (toWhom != null) {
            r = r.replaceAll("(?i)\\byour\\b", toWhom + "'s").replaceAll("(?i)\\byou\\b", toWhom);
        } else {
            r = r.replaceAll("(?i)\\byour\\b", "the").replaceAll("(?i)\\byou\\b", "them");
        }
        if (fromWhom != null) {
            r = r.replaceAll("(?i)\\b(?:me|us)\\b", fromWhom).replaceAll("(?i)\\b(?:my|our)\\b", fromWhom + "'s");
        }
        r = r.replaceAll("(?i)\\bmyself\\b", "").replaceAll("\\s{2,}", " ");
        return r.strip();
    }
}
