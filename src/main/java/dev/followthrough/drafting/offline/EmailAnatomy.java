package dev.followthrough.drafting.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sent email taken apart: subject, greeting, content, sign-off. Works on any plain-text email; the parts it
 * cannot find are {@code null} rather than guessed.
 *
 * @param greetingPattern the greeting with the addressee replaced by "{name}", {@code null} when the email has none
 * @param signOff         closing line plus signature lines, {@code null} when none was found
 * @param content         the lines between greeting and sign-off, blank lines kept
 * @param words           words in the body (greeting, content and sign-off; quoted replies excluded)
 * @param bulletLines     how many content lines are list items
 * @param bulletMarker    the first list marker used ("- ", "1. "), {@code null} when no list
 * @param listIntro       the line just above the last list, when it ends with a colon
 */
record EmailAnatomy(String subject, String greetingPattern, String signOff, List<String> content, int words,
                    int bulletLines, String bulletMarker, String listIntro) {

    private static final Pattern SUBJECT = Pattern.compile("(?i)^\\s*subject\\s*:\\s*(.*)$");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^((re|fw|fwd|aw)\\s*:\\s*)+");
    private static final Pattern QUOTE_START = Pattern.compile(
            "(?i)^(on .+wrote:|-{2,}\\s*original message\\s*-{2,}|from:\\s.+|>.*)$");
    private static final Pattern INLINE_GREETING = Pattern.compile(
            "^((?:(?:hi|hello|hey|heya|hiya|dear|good morning|good afternoon|good evening|greetings|howdy)\\b[^,!\\n]{0,40}|[A-Z][\\p{L}'-]+)[,!])\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_RUN = Pattern.compile(
            "((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx)\\.?\\s+)?\\p{Lu}[\\p{L}'-]*(?:(?:\\s+(?:and|&)\\s+|\\s+)\\p{Lu}[\\p{L}'-]*)*)");

    static EmailAnatomy parse(String raw) {
        List<String> lines = new ArrayList<>(List.of(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        String subject = null;
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (!lines.isEmpty()) {
            Matcher m = SUBJECT.matcher(lines.get(0));
            if (m.matches()) {
                subject = REPLY_PREFIX.matcher(m.group(1).strip()).replaceFirst("").strip();
                lines.remove(0);
            }
        }
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (QUOTE_START.matcher(line.strip()).matches() && !body.isEmpty()) {
                break; // the rest is the thread being replied to, not the rep's words
            }
            body.add(line.stripTrailing());
        }
        trimBlank(body);
        int words = body.stream().mapToInt(Lexicon::words).sum();

        String greeting = null;
        if (!body.isEmpty()) {
            String first = body.get(0).strip();
            if (isGreetingLine(first)) {
                greeting = generaliseGreeting(first);
                body.remove(0);
            } else {
                Matcher inline = INLINE_GREETING.matcher(first);
                if (inline.matches() && startsWithSalutation(inline.group(1))) {
                    greeting = generaliseGreeting(inline.group(1));
                    body.set(0, inline.group(2));
                }
            }
        }
        trimBlank(body);

        int signStart = SignOffFinder.find(body);
        String signOff = null;
        if (signStart >= 0) {
            signOff = String.join("\n", body.subList(signStart, body.size()).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList());
            body = new ArrayList<>(body.subList(0, signStart));
        }
        trimBlank(body);

        int bullets = 0;
        String marker = null;
        String intro = null;
        String previous = null;
        for (String line : body) {
            Matcher b = Lexicon.BULLET.matcher(line);
            if (b.matches()) {
                bullets++;
                if (marker == null) {
                    marker = normaliseMarker(b.group(1));
                }
                // the last list's heading: next steps usually close an email
                boolean startsList = previous != null && !Lexicon.BULLET.matcher(previous).matches();
                if (startsList) {
                    intro = previous.strip().endsWith(":") && Lexicon.words(previous) <= 10 ? previous.strip() : null;
                }
            }
            if (!line.isBlank()) {
                previous = line;
            }
        }
        return new EmailAnatomy(subject, greeting, signOff, List.copyOf(body), words, bullets, marker, intro);
    }

    boolean hasList() {
        return bulletLines >= 2;
    }

    /** Sentences of the content, list items counted as sentences of their own. */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : content) {
            Matcher b = Lexicon.BULLET.matcher(line);
            if (line.isBlank() || b.matches()) {
                flush(paragraph, out);
                if (b.matches()) {
                    out.add(line.strip().substring(b.group(1).length()).strip());
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (!paragraph.isEmpty()) {
            for (String s : Lexicon.sentences(paragraph.toString())) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            paragraph.setLength(0);
        }
    }

    static boolean isGreetingLine(String line) {
        if (line.isEmpty() || Lexicon.words(line) > 7) {
            return false;
        }
        boolean terminal = line.matches(".*[,!:\u2014-]\\s*$");
        if (startsWithSalutation(line)) {
            return terminal || Lexicon.words(line) <= 4;
        }
        // "Jordan," or "Jordan and Sam -"
        return terminal && line.matches("(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'-]*(\\s+(and|&)?\\s*\\p{Lu}[\\p{L}'-]*)*\\s*[,!:\u2014-]\\s*");
    }

    private static boolean startsWithSalutation(String line) {
        String firstWord = Lexicon.stripPunct(line.strip().split("\\s+")[0]).toLowerCase(Locale.ROOT);
        return Lexicon.SALUTATIONS.contains(firstWord);
    }

    /** "Hi Jordan," → "Hi {name},"; "Dear Ms. Lee," → "Dear {name},"; "Hi team," stays. */
    static String generaliseGreeting(String greeting) {
        String[] tokens = greeting.strip().split("\\s+");
        int i = 0;
        StringBuilder head = new StringBuilder();
        while (i < tokens.length && Lexicon.SALUTATIONS.contains(Lexicon.lower(Lexicon.stripPunct(tokens[i])))) {
            head.append(tokens[i]).append(' ');
            i++;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
        Matcher m = NAME_RUN.matcher(rest);
        if (m.lookingAt()) {
            String run = m.group(1);
            String firstOfRun = Lexicon.lower(Lexicon.stripPunct(run.split("\\s+")[0]));
            if (!Lexicon.GROUP_WORDS.contains(firstOfRun)) {
                rest = "{name}" + rest.substring(m.end());
            }
        }
        return (head + rest).strip();
    }

    private static String normaliseMarker(String marker) {
        return marker.matches("\\d{1,2}[.)]") ? "1" + marker.charAt(marker.length() - 1) + " " : marker + " ";
    }

    private static void trimBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }
}
