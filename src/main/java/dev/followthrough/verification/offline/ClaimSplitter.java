package dev.followthrough.verification.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an email body into atomic claims. Greetings, sign-offs and pleasantries are dropped: they assert nothing
 * the call could confirm. A sentence that joins two facts with "and" + a new subject becomes two claims, so that
 * one wrong half cannot hide behind one right half.
 */
final class ClaimSplitter {

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hiya)\\b(?:[^.!?]|(?<=\\b(?:dr|mr|mrs|ms|prof))\\.){0,40}[,!:.\\-–—]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_ONLY = Pattern.compile(
            "^[\\p{Lu}][\\p{L}'’-]+(?:(?:,| and| &)? [\\p{Lu}][\\p{L}'’-]+){0,3}\\s*(?:,|:|\\s[-–—])$");
    /** "Fatima - thanks." opening a one-line note: the addressee, then the text. */
    private static final Pattern INLINE_ADDRESSEE = Pattern.compile("^[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+)?\\s[-–—]\\s+");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(best|best regards|all the best|regards|kind regards|warm regards|warmly|warm wishes|thanks|thank you|"
                    + "thanks again|many thanks|thanks so much|cheers|sincerely|yours|yours truly|talk soon|speak soon|"
                    + "have a great (day|week|weekend)|take care|with thanks|respectfully|(with )?(best|kind|warm|warmest) (regards|wishes)|"
                    + "best wishes|looking forward to (it|this|that|hearing from you)|speak (to you )?soon|"
                    + "talk (to you )?soon|see you soon|all best|thanks and regards)[,!.]?$",
            Pattern.CASE_INSENSITIVE);
    /** "— P" or "-- Dana": a dash and a name or initial on its own line signs the email. */
    private static final Pattern SIGNATURE = Pattern.compile("^[—–-]{1,2}\\s*\\p{Lu}[\\p{L}.'’]*(?:\\s+\\p{Lu}[\\p{L}.'’]*)?$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•–·]|\\d{1,2}[.)]|\\[[ x]\\])\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+(?=[\"“(]?[\\p{Lu}\\d])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(\\b(e\\.g|i\\.e|mr|mrs|ms|dr|vs|etc|inc|ltd|co|corp|approx|no|st|jr|sr|u\\.s)\\.|(?-i:\\b\\p{Lu}\\.))$");
    /** "and"/"but"/";" followed by a fresh subject starts a new fact. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?:;\\s+|,?\\s+(?:and|but|while|whereas)\\s+(?:also\\s+)?)(?=(?:i|we|you)['’](?:ll|m|re|ve|d)\\b|"
                    + "(?:i|we|you|he|she|they|your team|our team|it|the|\\p{Lu}[\\p{L}'’]+)\\b"
                    + "(?:'ll|’ll|'s|’s)?\\s+(?:\\w+\\s+){0,3}?"
                    + "(?:will|would|is|are|was|were|has|have|had|can|could|should|need|needs|want|wants|said|"
                    + "mentioned|confirmed|agreed|asked|plan|plans|expect|expects|'ll|’ll|am|do|does|did|"
                    + "won't|can't|don't|doesn't|isn't|aren't|haven't|hasn't)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Words that, alone, only make small talk: a sentence made of nothing else is not a claim. */
    private static final Set<String> PLEASANTRY = Set.copyOf(List.of(
            "thank", "thanks", "great", "good", "nice", "wonderful", "lovely", "awesome", "fantastic", "excellent",
            "talk", "talking", "chat", "chatting", "speak", "speaking", "connect", "connecting", "meet", "meeting",
            "met", "call", "conversation", "catch", "catching", "today", "earlier", "time", "taking", "take",
            "pleasure", "enjoy", "enjoyed", "appreciate", "appreciated", "question", "questions", "know", "let",
            "hesitate", "reach", "reaching", "touch", "look", "looking", "forward", "hope", "hoping", "help", "happy",
            "glad", "again", "anything", "else", "need", "needs", "work", "working", "together", "partnership",
            "partner", "ahead", "soon", "day", "week", "weekend", "rest", "well", "best", "kind", "warm", "regards",
            "cheers", "excited", "exciting", "fun", "insightful", "helpful", "productive", "useful", "session",
            "discussion", "discuss", "feel", "free", "concern", "concerns", "thought", "thoughts", "feedback",
            "input", "openness", "candor", "candour", "patience", "chatted", "spoke", "spoken", "detail", "details",
            "hear", "hearing", "wanted", "want", "quick", "note", "recap", "summary", "follow", "following",
            "followup", "below", "email", "message", "mail", "touching", "base", "add", "further", "keep",
            "loop", "posted", "update", "updated", "clarify", "clarification", "assist", "support", "reply",
            "respond", "team", "everyone", "everybody", "all", "both", "whole", "learn", "learning", "more",
            "share", "sharing", "perspective", "context", "insight", "insights", "point", "points", "please",
            "sure", "definitely", "absolutely", "really", "much", "very", "so", "yesterday", "morning",
            "afternoon", "evening", "hi", "hello", "hey", "dear", "there", "folks", "cover", "covered", "went",
            "covering", "wrap", "recapping", "summarize", "summarise", "outline", "outlined", "capture",
            "captured", "land", "landed", "where", "making", "make", "made", "you", "highlight", "highlights", "agenda", "item", "items", "step", "steps", "next",
            "key", "main", "pleased", "summarise", "summarize", "summarised", "summarized", "provide", "find",
            "short", "promised", "side", "handy", "piece", "points", "discussed", "today's", "nice",
            "lovely", "meeting", "taking", "spending", "met", "great", "connect", "recap's",
            "shout", "missed", "miss", "misunderstood", "misunderstand", "wrong", "correct", "corrections",
            "ping", "holler", "anything", "off", "demo", "presentation", "walkthrough", "pressure", "rush", "timing",
            "page", "words", "own", "same", "fun", "enjoyable", "energy", "enthusiasm", "lively", "good", "questions"));

    List<Claim> split(String body) {
        List<Claim> claims = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return claims;
        }
        List<String> lines = body.replace("\r\n", "\n").replace('\r', '\n').lines().map(ClaimSplitter::plain).toList();
        StringBuilder paragraph = new StringBuilder();
        List<String> paragraphLines = new ArrayList<>();
        boolean seenText = false;
        String heading = null;
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line.equals("--") || line.equals("-- ") || SIGN_OFF.matcher(stripTrailing(line)).matches()
                    || SIGNATURE.matcher(line).matches()) {
                break;
            }
            if (line.isEmpty()) {
                flush(paragraph, paragraphLines, claims);
                continue;
            }
            if (!seenText && (GREETING.matcher(line).matches() || NAME_ONLY.matcher(line).matches())) {
                seenText = true;
                continue;
            }
            if (!seenText) {
                line = INLINE_ADDRESSEE.matcher(line).replaceFirst("");
            }
            seenText = true;
            if (TABLE_RULE.matcher(line).matches() || li + 1 < lines.size() && TABLE_RULE.matcher(lines.get(li + 1)).matches()) {
                flush(paragraph, paragraphLines, claims);
                continue; // a table's header row names its columns, and the rule under it is drawing
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && paragraph.isEmpty() && NUMBERED.matcher(line).find()
                    && (headingOverParagraph(lines, li, bullet.group(1)) || headingOverList(lines, li, bullet.group(1))
                    && !NUMBERED.matcher(lines.get(li + 1)).find())) {
                // "4. December reminder emails" over a paragraph, "5. Actions" over a list: a numbered heading
                heading = NEGATIVE_HEADING.matcher(bullet.group(1)).find() ? bullet.group(1).strip() : null;
            } else if (bullet.matches()) {
                flush(paragraph, paragraphLines, claims);
                // under "Declined:" or "Not this year:" a bullet states what was turned down, so it carries the heading
                addSentences(heading != null ? heading + ": " + bullet.group(1) : bullet.group(1), claims);
            } else if (line.endsWith(":") && line.split("\\s+").length <= 6 || headingOverList(lines, li)
                    || paragraph.isEmpty() && headingOverParagraph(lines, li, line)) {
                flush(paragraph, paragraphLines, claims); // a heading like "Next steps:" asserts nothing
                String h = line.replaceFirst(":$", "").strip();
                heading = NEGATIVE_HEADING.matcher(h).find() ? h : null;
            } else {
                heading = null;
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
                paragraphLines.add(line);
            }
        }
        flush(paragraph, paragraphLines, claims);
        return claims;
    }

    /**
     * "Overview" or "What happened" on a line of its own at the head of a paragraph: a heading, not the paragraph's
     * first words. A hard-wrapped paragraph's first line is long, and a short line with a full stop is a sentence.
     */
    private static boolean headingOverParagraph(List<String> lines, int i, String line) {
        if (!headingShaped(line, 5) || i + 1 >= lines.size() || lines.get(i + 1).isEmpty()) {
            return false;
        }
        if (NEGATIVE_HEADING.matcher(line).find()) {
            return false; // "Declined" over a paragraph lends it its "no": left to the paragraph, as before
        }
        // the lines of a list without bullets ("Budget approved" / "Omar signs Friday") are as short as a heading
        String next = lines.get(i + 1);
        if (BULLET.matcher(next).matches()) {
            return false;
        }
        return (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))
                && (next.matches(".*[.!?:]$") || next.split("\\s+").length >= 6);
    }

    /**
     * A line as the checks read it: markdown's heading marks and bold are layout, not words ("## Pricing",
     * "**Next steps**"), so that a heading is seen as one and a bolded name as a name.
     */
    private static String plain(String line) {
        String s = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("");
        s = BOLD.matcher(s).replaceAll("$1$2").strip();
        return s;
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[.)]\\s");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    /** "|---|:---:|": the rule under a markdown table's header row. */
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    /** "Declined" or "Open questions" on a line of its own, with a bulleted list right under it: a heading. */
    private static boolean headingOverList(List<String> lines, int i) {
        return headingOverList(lines, i, lines.get(i));
    }

    private static boolean headingOverList(List<String> lines, int i, String line) {
        return headingShaped(line, 4) && i + 1 < lines.size() && BULLET.matcher(lines.get(i + 1)).matches();
    }

    /** A few words, capitalised, with no figure and no closing punctuation: what a heading looks like by itself. */
    private static boolean headingShaped(String line, int maxWords) {
        return line.split("\\s+").length <= maxWords && !line.matches(".*[.!?,;]$") && !line.matches(".*\\d.*")
                && Character.isUpperCase(line.charAt(0));
    }

    /** The subject line is checked too, but only by the checks that look for concrete facts. */
    List<Claim> splitSubject(String subject) {
        if (subject == null || subject.isBlank() || isPleasantry(subject)) {
            return List.of();
        }
        String s = subject.strip().replaceFirst("(?i)^(re|fwd?|fw):\\s*", "");
        return List.of(new Claim(s, s, "subject", null));
    }

    private static String stripTrailing(String line) {
        return line.replaceAll("[\\s,.!]+$", "") + (line.endsWith(",") ? "," : "");
    }

    private void flush(StringBuilder paragraph, List<String> lines, List<Claim> claims) {
        if (!paragraph.isEmpty()) {
            // "1 Jan - contract start" / "4 Jan, 2pm - kickoff": a list without bullets or full stops, one item a line
            // (a hard-wrapped paragraph goes on in lower case on the next line; the items of a list do not)
            if (lines.size() >= 3 && 2 * lines.stream().filter(l -> l.matches(".*[.!?]$")).count() <= lines.size()
                    && lines.stream().noneMatch(l -> Character.isLowerCase(l.charAt(0)))
                    && lines.stream().allMatch(l -> l.split("\\s+").length <= 14)) {
                lines.forEach(l -> addSentences(l, claims));
            } else {
                addSentences(paragraph.toString(), claims);
            }
            paragraph.setLength(0);
        }
        lines.clear();
    }

    /**
     * True for a bullet written under a heading such as "Declined:" ("Declined: a case study"): it reports a "no",
     * whose evidence is the offer and the refusal together, so the polarity checks leave it to the other checks.
     */
    static boolean underNegativeHeading(String claim) {
        int colon = claim.indexOf(": ");
        return colon > 0 && NEGATIVE_HEADING.matcher(claim.substring(0, colon)).find();
    }

    private static final Pattern NEGATIVE_HEADING = Pattern.compile("(?i)\\b(declined|not agreed|not included|not now|"
            + "not this (year|quarter|time)|off the table|ruled out|out of scope|not in scope|left out|parked|on hold|"
            + "won['’]t|will not|not doing|passed on|said no|no-go|not going ahead|not for now|dropped|decided against|"
            + "turned down|not pursuing|not taking|no thanks|not agreed)\\b");
    /** "I hear you on solar", "Understood on the timing": an acknowledgement, not a statement about the topic. */
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("(?i)^(?:and\\s+)?(?:i hear you|i understand|understood|"
            + "noted|fair point|i get (?:it|that)|point taken|message received)\\b[^.!?]{0,40}[.!]?$");

    private void addSentences(String text, List<Claim> claims) {
        for (String sentence : sentences(text)) {
            if (isPleasantry(sentence) || sentence.endsWith(":") || ACKNOWLEDGEMENT.matcher(sentence.strip()).matches()) {
                continue; // "Short version of where we landed:" introduces claims, it makes none
            }
            for (String clause : clauses(sentence)) {
                if (!isPleasantry(clause)) {
                    claims.add(Claim.ofDraft(clause, sentence));
                }
            }
        }
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : rawSentences(text)) {
            // "at 1 p.m. ET." ends with a time zone, not a sentence of its own
            if (!out.isEmpty() && s.matches("\\p{Lu}{1,4}[.!?]?")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> rawSentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            String head = text.substring(start, m.start()).strip();
            if (ABBREVIATION.matcher(head).find()) {
                continue;
            }
            addIfText(out, text.substring(start, m.end()));
            start = m.end();
        }
        addIfText(out, text.substring(start));
        return out;
    }

    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            String head = sentence.substring(start, m.start());
            // "The Part 11 module and equipment booking are not needed": subjects side by side share one verb
            if (head.split("\\s+").length >= 3 && !coordinatedSubjects(head, sentence.substring(m.end()))) {
                addIfText(out, head);
                start = m.end();
            }
        }
        addIfText(out, sentence.substring(start));
        return out;
    }

    /** Words that give a fragment a verb of its own: auxiliaries, modals and the commonest finite forms. */
    private static final Pattern VERB_CUE = Pattern.compile("(?i)(?:is|are|was|were|be|been|am|has|have|had|do|does|did|"
            + "will|would|can|could|should|shall|may|might|must|\\w+['’](?:ll|re|ve|s|d|m)|\\w+n['’]t|\\w+ed|\\w+es|"
            + "need|needs|want|wants|get|gets|got|go|goes|went|run|runs|use|uses|take|takes|make|makes|say|says|said)");

    /**
     * "The Part 11 module and equipment booking are not needed": a head with no verb of its own, and a plural verb
     * after the noun that follows "and", are two subjects of one verb, not two clauses.
     */
    static boolean coordinatedSubjects(String head, String tail) {
        return !hasOwnVerb(head) && PLURAL_VERB_AFTER_NOUN.matcher(tail).lookingAt();
    }

    private static final Pattern PLURAL_VERB_AFTER_NOUN = Pattern.compile("(?i)(?:the |a |an |our |your |their |its |all )?"
            + "(?!(?:i|we|you|they|he|she|it|there)\\b)(?:[\\p{L}\\d'’-]+\\s+){1,4}?(?:are|were|aren['’]t|weren['’]t|have|haven['’]t|"
            + "don['’]t|need|remain|stay)\\b");

    /** True when a fragment has a word that can be its verb; "The Part 11 compliance module" has none. */
    private static boolean hasOwnVerb(String fragment) {
        return java.util.Arrays.stream(fragment.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+"))
                .anyMatch(w -> VERB_CUE.matcher(w).matches());
    }

    private static void addIfText(List<String> out, String s) {
        String t = s.strip();
        if (t.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
    }

    /** True when every word is small talk or a stop word, and nothing concrete (a digit, a name mid-sentence) is said. */
    static boolean isPleasantry(String sentence) {
        String[] words = sentence.split("[^\\p{L}\\p{N}'’]+");
        boolean first = true;
        for (String raw : words) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = raw.toLowerCase(Locale.ROOT).replaceAll("['’](s|ll|re|ve|d|m|t)$", "");
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            boolean capitalised = Character.isUpperCase(raw.charAt(0)) && !raw.equals("I") && !raw.startsWith("I'")
                    && !raw.startsWith("I’");
            if (!first && capitalised) {
                return false; // a name or a product: something concrete is being said
            }
            first = false;
            if (!PLEASANTRY.contains(w) && !Terms.content(w).isEmpty() && !PLEASANTRY.contains(stem(w))) {
                return false;
            }
        }
        return true;
    }

    private static String stem(String w) {
        List<String> s = List.copyOf(Terms.content(w));
        return s.isEmpty() ? w : s.get(0);
    }
}
