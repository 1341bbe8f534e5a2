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
            + "|um+|uh+|and|or|the|a|an|to|with|on|by|at|in|of|for|from|no|wait|yeah|today|tomorrow|so|before|after|then|before\\s+then|by\\s+then|once\\s+i\\s+have\\s+it"
            + "|just|etcetera|etc|and\\s+so\\s+on|(?:by|before|for|at|until)\\s+(?:the\\s+|our\\s+)?next\\s+(?:meeting|call|session|time|one)"
            + "|next\\s+time))+\\s*$");

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
        t = t.replaceFirst("(?i)^(\\w+)\\s+also\\s+", "$1 "); // "send also the list", as a non-native speaker may say
        t = shorten(t);
        t = t.replaceAll("[,.\\s]+$", "");
        if (t.isEmpty()) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** At most {@link #MAX_WORDS} words, cut where a phrase ends (a comma, "and", "to"...), never inside one. */
    private static String shorten(String t) {
        String[] words = t.split("\\s+");
        if (words.length <= MAX_WORDS) {
            return t;
        }
        int cut = MAX_WORDS;
        int comma = -1;
        int word = -1;
        for (int k = MAX_WORDS; k >= 4; k--) {
            if (comma < 0 && words[k - 1].endsWith(",")) {
                comma = k;
            }
            if (word < 0 && words[k].toLowerCase(java.util.Locale.ROOT)
                    .matches("and|to|so|with|which|who|that|while|covering|including|because")) {
                word = k;
            }
        }
        int half = MAX_WORDS / 2;
        if (comma >= half) {
            cut = comma;
        } else if (word >= half) {
            cut = word;
        } else if (Math.max(comma, word) > 0) {
            cut = Math.max(comma, word);
        }
        String s = String.join(" ", java.util.Arrays.copyOf(words, cut));
        return TRAILING.matcher(s).replaceFirst("").strip();
    }

    /**
     * The verb phrase up to where the next clause begins; a cut that would leave "write up what" dangling moves on to
     * the next boundary, since the wh-clause is the object.
     */
    private static String cutClause(String s) {
        var m = CLAUSE_END.matcher(s);
        while (m.find()) {
            if (m.start() == 0) {
                continue;
            }
            String head = s.substring(0, m.start());
            if (!DANGLING.matcher(head).find()) {
                return head;
            }
        }
        return s;
    }

    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(?:what|how|where|when|why|who|which|whether|whatever)\\s*$");
    /** Clock times and day numbers that belong to the deadline: "at two", "at 10:30 am", "the eleventh". */
    private static final Pattern CLOCK = Pattern.compile("(?i)(?:,?\\s*\\b(?:at|around|by)\\s+(?:\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)(?:\\s+(?:thirty|fifteen|forty-five"
            + "|o['’]clock|sharp|[ap]\\.?m\\.?))?(?=\\s*$|[,.;]|\\s+(?:and|then|to|with|for|so)\\b))"
            + "|(?:^|\\s)the\\s+(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth"
            + "|thirty-first)(?=\\s*$|[,.;])");

    private static String removeDates(String s) {
        List<DateMention> dates = new java.util.ArrayList<>(DateExpressions.find(s, ANY_DAY));
        dates.addAll(DateExpressions.contradictions(s, ANY_DAY));
        dates.sort(java.util.Comparator.comparingInt(DateMention::start));
        StringBuilder b = new StringBuilder(s);
        for (int i = dates.size() - 1; i >= 0; i--) {
            b.delete(dates.get(i).start(), dates.get(i).end());
        }
        String out = b.toString();
        if (!dates.isEmpty()) {
            out = CLOCK.matcher(out).replaceAll("");
        }
        return out.replaceAll("\\s{2,}", " ").replaceAll("\\s+,", ",").strip();
    }

    private static String mapPronouns(String t, String toWhom, String fromWhom) {
        String r = t;
        r = r.replaceAll("(?i)\\byou\\s+guys\\b", "you");
        if (toWhom != null) {
            r = r.replaceAll("(?i)\\byou(?:['’]re|\\s+are)\\b", toWhom + " is").replaceAll("(?i)\\byou['’](?:ve|ll|d)\\b", toWhom)
                    .replaceAll("(?i)\\byour\\b", toWhom + "'s").replaceAll("(?i)\\byou\\b", toWhom);
        } else {
            r = r.replaceAll("(?i)\\byou['’]re\\b", "they're").replaceAll("(?i)\\byou['’](ve|ll|d)\\b", "they'$1")
                    .replaceAll("(?i)\\byour\\b", "the").replaceAll("(?i)\\byou\\b", "them");
        }
        if (fromWhom != null) {
            r = r.replaceAll("(?i)\\b(?:me|us)\\b", fromWhom).replaceAll("(?i)\\b(?:my|our)\\b", fromWhom + "'s");
        }
        r = r.replaceAll("(?i)\\bmyself\\b", "").replaceAll("\\s{2,}", " ");
        return r.strip();
    }
}
