package dev.followthrough.extraction.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the sentence shapes in which people take on work: a promise ("I'll send..."), a named colleague's
 * promise ("Priya will..."), a request ("can you send me...?"), a directive ("you'll need to sign..."), an offer
 * ("want me to send...?") and a joint plan ("let's schedule..."). It only reads one sentence; whether a request or
 * an offer was accepted is decided by the extractor from the next turns.
 */
final class CommitmentRules {

    enum Kind {
        /** The speaker (or the speaker's side) promises: the speaker owns it. */
        PROMISE,
        /** The speaker says a named person will do it: that person owns it. */
        NAMED,
        /** The speaker asks someone: owned by whoever accepts. */
        REQUEST,
        /** The speaker tells the listener what they will do: the listener owns it unless they refuse. */
        DIRECTIVE,
        /** The speaker offers: the speaker owns it once the other side accepts. */
        OFFER,
        /** "let's schedule...": the rep owns it when on the call, else the speaker. */
        JOINT
    }

    /** A recognised shape; {@code rest} is the verb phrase, {@code name} the person named, if any. */
    record Shape(Kind kind, String rest, String name, boolean weak) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOS = "['’]";
    private static final String NAME = "([A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})";

    private static final Pattern PROMISE = Pattern.compile("\\b(i|we|our\\s+(?:[\\w-]+\\s+)?(?:team|side|folks|people|group"
            + "|department|engineers?|legal|finance|procurement|security|support|office|lawyers?|developers?))(?:" + APOS + "ll|\\s+will|\\s+shall|" + APOS
            + "m\\s+going\\s+to|\\s+am\\s+going\\s+to|" + APOS + "re\\s+going\\s+to|\\s+are\\s+going\\s+to|" + APOS
            + "m\\s+gonna|\\s+are\\s+gonna|" + APOS + "re\\s+gonna|\\s+can|" + APOS + "d\\s+be\\s+happy\\s+to"
            + "|\\s+would\\s+be\\s+happy\\s+to|(?:" + APOS + "m|\\s+am|" + APOS + "re|\\s+are)\\s+happy\\s+to"
            + "|\\s+(?:plan|intend|promise|commit)\\s+to|" + APOS + "ll\\s+be\\s+able\\s+to|\\s+will\\s+be\\s+able\\s+to)"
            + "\\s+(.+)", FLAGS);
    /** "Happy to send it over.", "Sure, will do the intro tomorrow.": the subject left out, as in speech. */
    private static final Pattern DROPPED_SUBJECT = Pattern.compile("^(?:(?:sure|yes|yeah|yep|ok|okay|great|perfect|absolutely"
            + "|definitely|of\\s+course|no\\s+problem)\\W+)*(?:(?:more\\s+than\\s+)?(?:happy|glad)\\s+to|will(?!\\s+do\\b))\\s+(.+)",
            FLAGS);
    private static final Pattern ACTION_ITEM_FOR = Pattern.compile("\\b(?:action\\s+items?|next\\s+step|to-?do)\\s+(?:for|on)\\s+"
            + "(me|us|you|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s*(?:is\\s+)?[:,-]?\\s*(?:to\\s+)?(.+)", FLAGS);
    private static final Pattern OBLIGATION = Pattern.compile("\\b(i|we)(?:\\s+need\\s+to|\\s+have\\s+to|\\s+must|" + APOS
            + "ve\\s+got\\s+to|\\s+have\\s+got\\s+to|" + APOS + "m\\s+supposed\\s+to|\\s+am\\s+supposed\\s+to|" + APOS
            + "re\\s+supposed\\s+to|\\s+are\\s+supposed\\s+to)\\s+(.+)", FLAGS);
    private static final Pattern LET_ME = Pattern.compile("\\blet\\s+(me|us)\\s+(.+)", FLAGS);
    private static final Pattern LEAVE_IT = Pattern.compile("\\b(?:leave\\s+(?:it|that|this)\\s+with\\s+me"
            + "|(?:that|this)\\s+(?:one\\s+)?(?:is|'s)\\s+on\\s+me|i(?:" + APOS + "ll|\\s+will)\\s+take\\s+(?:that|this|it)"
            + "(?:\\s+on)?|consider\\s+it\\s+done|i(?:" + APOS + "m|\\s+am)\\s+on\\s+it|i\\s+can\\s+own\\s+(?:that|this|it))\\b",
            FLAGS);
    private static final Pattern NAMED = Pattern.compile("(?<![\\w'])" + NAME + "(?:" + APOS + "ll|\\s+will|\\s+is\\s+going\\s+to|"
            + APOS + "s\\s+going\\s+to|\\s+can|\\s+is\\s+gonna|\\s+should|\\s+needs\\s+to|\\s+has\\s+to)\\s+(.+)");
    private static final Pattern REQUEST = Pattern.compile("(?:\\b" + NAME + ",\\s*)?(?:(?:can|could|would|will)\\s+you"
            + "(?:\\s+guys)?(?:\\s+(?:please|maybe|also|just|possibly|kindly))*(?:\\s+be\\s+able\\s+to)?\\s+(?!be\\b|do\\s+that\\b)"
            + "|would\\s+you\\s+mind\\s+"
            + "|\\bwho(?:['’]s|\\s+can|\\s+could|\\s+will|\\s+wants\\s+to|\\s+would\\s+like\\s+to|\\s+is\\s+going\\s+to|\\s+is\\s+able\\s+to)\\s+"
            + "|(?:can|could|would|will)\\s+(?:someone|somebody|anyone|one\\s+of\\s+you)(?:\\s+(?:from|on)\\s+(?:your|the)\\s+"
            + "(?:side|team|end))?\\s+"
            + "|do\\s+you\\s+mind\\s+|(?:i|we)\\s+(?:need|want|would\\s+like|" + APOS + "d\\s+like)\\s+you\\s+to\\s+"
            + "|can\\s+(?:i|we)\\s+get\\s+you\\s+to\\s+|if\\s+you\\s+could\\s+(?:please\\s+)?|(?:please\\s+)?make\\s+sure\\s+you\\s+"
            + "|(?:please\\s+)?(?:don" + APOS + "t|do\\s+not)\\s+forget\\s+to\\s+|remember\\s+to\\s+)(.+)", Pattern.UNICODE_CASE
            | Pattern.CASE_INSENSITIVE);
    private static final Pattern PLEASE = Pattern.compile("^(?:(?:so|and|okay|ok|also|then)\\s*,?\\s+)*(?:" + NAME
            + ",\\s*)?please\\s+(.+)", FLAGS);
    private static final Pattern PLEASE_AFTER = Pattern.compile("^(?:(?:so|and|also|then|okay|ok)\\s*,?\\s+)*(?:" + NAME
            + ",\\s*)?([a-z][\\w-]*\\s.+?),?\\s+please\\W*$", FLAGS);
    private static final Pattern DIRECTIVE = Pattern.compile("(?:\\b" + NAME + ",?\\s*)?\\b(?:you(?:\\s+guys|\\s+two|\\s+both)?"
            + "|both\\s+of\\s+you)(?:" + APOS + "ll|\\s+will|" + APOS + "re\\s+going\\s+to|\\s+are\\s+going\\s+to|" + APOS
            + "re\\s+gonna|\\s+are\\s+gonna|\\s+need\\s+to|\\s+have\\s+to|\\s+must|\\s+should|\\s+can|" + APOS
            + "re\\s+supposed\\s+to|\\s+are\\s+supposed\\s+to)"
            + "(?:\\s+(?:also|just|then|still|now))?\\s+(?!be\\s+(?:able|glad|happy|surprised|pleased|fine)\\b)(.+)", FLAGS);
    private static final Pattern TAG_QUESTION = Pattern.compile("(?i)[,\\s]+(?:is\\s+(?:it|that)\\s+(?:ok|okay|fine|alright|all\\s+right)"
            + "|(?:does\\s+)?that\\s+(?:work|ok|okay)|(?:does\\s+that\\s+)?sounds?\\s+good|okay|ok|right|yeah|alright|fair|good)\\s*\\?\\s*$");
    private static final Pattern ASK_FOR = Pattern.compile("\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:please\\s+)?(?:get|have|grab"
            + "|receive)\\s+(?!a\\s+(?:question|minute|second|moment|sec)\\b)(.+)", FLAGS);
    private static final Pattern OFFER = Pattern.compile("\\b(?:(?:should|shall|can|could)\\s+i\\s+|(?:do\\s+you\\s+want|would"
            + "\\s+you\\s+like|want|you\\s+want)\\s+me\\s+to\\s+|how\\s+about\\s+i\\s+|would\\s+it\\s+help\\s+if\\s+i\\s+"
            + "|what\\s+if\\s+i\\s+)(.+)", FLAGS);
    private static final Pattern JOINT = Pattern.compile("\\b(?:let" + APOS + "s|let\\s+us|we\\s+should|shall\\s+we|"
            + "can\\s+we|should\\s+we)\\s+(?:go\\s+ahead\\s+and\\s+|also\\s+|just\\s+)?(schedule|set\\s+up|book|"
            + "put\\s+(?:some\\s+)?(?:time|something|a\\s+(?:call|meeting|date))|get\\s+(?:a|some|time|something)|plan|reconvene|regroup|meet|sync|follow\\s+up|circle\\s+back|"
            + "touch\\s+base|find\\s+(?:a\\s+)?time|pencil|lock\\s+in|arrange|organi[sz]e)\\b(.*)", FLAGS);

    private static final Pattern HEDGE = Pattern.compile("\\b(?:maybe|might|perhaps|possibly|not\\s+sure|someday|some\\s+day"
            + "|at\\s+some\\s+point|eventually|if\\s+at\\s+all|we" + APOS + "ll\\s+see|not\\s+yet|no\\s+promises"
            + "|can" + APOS + "t\\s+promise|don" + APOS + "t\\s+know\\s+if|hard\\s+to\\s+say|in\\s+theory)\\b", FLAGS);
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if\\s+(?:we|you|they|i|it)\\s+(?:were|went|had|did"
            + "|decided|chose|wanted|could)|would|" + APOS + "d\\s+(?!be\\s+happy)|suppose|supposing|imagine|hypothetically"
            + "|in\\s+case|unless)\\b", FLAGS);
    private static final Pattern NEGATED = Pattern.compile("^(?:not|never|no\\s+longer|hardly)\\b", FLAGS);

    private CommitmentRules() {
    }

    /** The commitment shape of one sentence, if it has one; hedged and hypothetical sentences have none. */
    static Optional<Shape> recognise(String said) {
        String sentence = clean(said);
        if (HEDGE.matcher(sentence).find()) {
            return Optional.empty();
        }
        // "I'll send it Thursday, is that okay?" is a promise with a tag question, not a question
        sentence = TAG_QUESTION.matcher(sentence).replaceFirst(".");
        boolean question = sentence.strip().endsWith("?");
        Matcher m;
        if ((m = LEAVE_IT.matcher(sentence)).find()) {
            return Optional.of(new Shape(Kind.PROMISE, "", null, false));
        }
        if ((m = ASK_FOR.matcher(sentence)).find() && question) {
            // "can I get a copy of your contract?" asks the other side to send it
            return verbPhrase("send " + m.group(1)).map(r -> new Shape(Kind.REQUEST, r, null, false));
        }
        if ((m = OFFER.matcher(sentence)).find() && question) {
            return verbPhrase(m.group(1)).map(r -> new Shape(Kind.OFFER, r, null, false));
        }
        if ((m = REQUEST.matcher(sentence)).find()) {
            String name = m.group(1);
            // "can you integrate with X?" asks what the product can do as often as it asks for work
            boolean weak = m.group().substring(name == null ? 0 : m.end(1) - m.start()).replaceFirst("^[,\\s]+", "")
                    .toLowerCase(Locale.ROOT).startsWith("can ");
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.REQUEST, r, name, weak));
        }
        if ((m = PLEASE.matcher(sentence)).find()) {
            String name = m.group(1);
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.REQUEST, r, name, false));
        }
        if ((m = PLEASE_AFTER.matcher(sentence)).find() && Verbs.isAction(m.group(2).split("\\s+", 2)[0])) {
            String name = m.group(1);
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.REQUEST, r, name, false));
        }
        if (HYPOTHETICAL.matcher(sentence).find()) {
            return Optional.empty(); // "if we went with the enterprise tier, we would need...": not a promise
        }
        if (question) {
            Matcher j = JOINT.matcher(sentence);
            return j.find() ? Optional.of(new Shape(Kind.JOINT, (j.group(1) + j.group(2)).strip(), null, false))
                    : Optional.empty();
        }
        // A statement may hold several shapes ("Raj will send it today, and we will review it"): the first one said wins.
        Shape best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : STATEMENTS) {
            Matcher sm = p.matcher(sentence);
            // "what I will do is I will negotiate...": the first match may be inside a clause, a later one not
            for (int from = 0; from < sentence.length() && sm.find(from) && sm.start() < bestStart; from = sm.start() + 1) {
                Optional<Shape> shape = statement(p, sm, sentence);
                if (shape.isPresent()) {
                    best = shape.get();
                    bestStart = sm.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final List<Pattern> STATEMENTS = List.of(ACTION_ITEM_FOR, DROPPED_SUBJECT, PROMISE, OBLIGATION, LET_ME,
            JOINT, NAMED, DIRECTIVE);

    private static Optional<Shape> statement(Pattern p, Matcher m, String sentence) {
        if (p == ACTION_ITEM_FOR) {
            String who = m.group(1);
            Kind kind = who.matches("(?i)me|us") ? Kind.PROMISE : who.equalsIgnoreCase("you") ? Kind.DIRECTIVE : Kind.NAMED;
            String name = kind == Kind.NAMED ? who : null;
            return verbPhrase(m.group(2)).map(r -> new Shape(kind, r, name, false));
        }
        if (p == DROPPED_SUBJECT) {
            return verbPhrase(m.group(1)).map(r -> new Shape(Kind.PROMISE, r, null, false));
        }
        if (p == PROMISE && !subordinate(sentence, m.start())) {
            // "we can..." states a capability as often as it promises; "we will..." is often the team's plan
            boolean weak = !m.group(1).equalsIgnoreCase("i") || m.group().toLowerCase(Locale.ROOT).matches("(?s)i\\s+can\\b.*");
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.PROMISE, r, null, weak));
        }
        if ((p == OBLIGATION && !subordinate(sentence, m.start())) || p == LET_ME) {
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.PROMISE, r, null, true));
        }
        if (p == JOINT) {
            return Optional.of(new Shape(Kind.JOINT, (m.group(1) + m.group(2)).strip(), null, false));
        }
        if (p == NAMED && !isPronounLike(m.group(1))) {
            String name = m.group(1);
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.NAMED, r, name, false));
        }
        if (p == DIRECTIVE && !subordinate(sentence, m.start())) {
            String name = m.group(1);
            return verbPhrase(m.group(2)).map(r -> new Shape(Kind.DIRECTIVE, r, name, true));
        }
        return Optional.empty();
    }

    private static final Pattern COME_UP = Pattern.compile("(?i)^come\\s+(?:up\\s+with|back\\s+to\\s+(?:you|me|us|them|(?-i:\\p{Lu})))");

    private static final String SUBJECT = "(?:i|we|you|they)(?:\\W|$)";
    private static final String NAMED_SUBJECT = "(?-i:\\p{Lu}\\p{Ll}+)\\s+(?:will|is\\s+going\\s+to|can|should)\\b";
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?i),?\\s+and\\s+(?:then\\s+|also\\s+)?(?:(?:um+|uh+),?\\s+)?"
            + "(?=" + SUBJECT + "|" + NAMED_SUBJECT + "|(?:\\w+,?\\s+)?(?:can|could|would|will)\\s+you\\b)|;\\s+"
            + "|,\\s+(?:but|so)\\s+(?=" + SUBJECT + "|" + NAMED_SUBJECT + ")"
            + "|,\\s+(?=(?:(?-i:\\p{Lu}\\p{Ll}+),?\\s+)?(?:i|we|you)(?:['’]ll|\\s+will|['’]re\\s+going\\s+to)\\b)");

    /** The clauses of a sentence that can each carry their own commitment ("I'll send X, and Priya will do Y"). */
    static List<String> clauses(String sentence) {
        List<String> out = new java.util.ArrayList<>();
        for (String c : CLAUSE_SPLIT.split(clean(sentence))) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }



    private static final Pattern DISFLUENCY = Pattern.compile("(?i)\\b(?:um+|uh+|er+|erm|hmm+|mm+)\\b,?\\s*|\\byou\\s+know,\\s*");
    private static final Pattern SUBORDINATOR = Pattern.compile("(?i)\\b(?:if|whether|what|when|how|where|why|which|who"
            + "|unless|once|because|cause|since|until|whatever|whenever|though|although|like)\\W*$");

    /** Hesitations removed and repeated words folded ("the the"), for recognition only (quotes stay verbatim). */
    static String clean(String s) {
        String c = DISFLUENCY.matcher(s).replaceAll("");
        c = c.replaceAll("(?i)\\b(\\w+)(?:\\s+\\1\\b)+", "$1");
        return c.replaceAll("\\s{2,}", " ").strip();
    }

    /** "if we're gonna buy...", "what we'll make": the promise sits inside a condition or a question word's clause. */
    private static boolean subordinate(String sentence, int subjectStart) {
        return SUBORDINATOR.matcher(sentence.substring(0, subjectStart)).find();
    }

    private static boolean isPronounLike(String word) {
        return word.matches("(?i)(?:it|that|this|he|she|they|there|who|which|what|you|we|i|one|someone|somebody|nobody|"
                + "everyone|everybody|anyone|anybody|something|nothing|everything|legal|finance|procurement|it|so|and"
                + "|then|now|also|well|okay|yes|yeah|sure|great|perfect|but|because|if|when|where|how|why|here|all|both)");
    }

    /** The verb phrase with fillers removed; empty when it is negated or starts with a verb that never commits. */
    static Optional<String> verbPhrase(String raw) {
        String r = raw.strip();
        String before;
        do {
            before = r;
            r = r.replaceFirst("(?i)^(?:also|just|definitely|certainly|absolutely|then|actually|personally|quickly|"
                    + "um+|uh+|like|first|both|all|still|now|gladly|happily|totally|surely|immediately|right\\s+away|"
                    + "go\\s+ahead\\s+and|make\\s+sure\\s+(?:to|that\\s+(?:i|we)|i|we)|be\\s+sure\\s+to|try\\s+to|try\\s+and"
                    + "|get\\s+to|be\\s+able\\s+to|do\\s+is(?:\\s+(?:i|we)(?:\\s+will|'ll|\\s+can))?|need\\s+to|have\\s+to|want\\s+to|also\\s+need\\s+to|work\\s+on\\s+getting|look\\s+at\\s+getting|"
                    + "take\\s+care\\s+of\\s+(?=\\w+ing\\b)|start\\s+(?=\\w+ing\\b)|be(?=\\s+\\w+ing\\b))[,\\s]+", "");
        } while (!r.equals(before));
        if (r.isEmpty() || NEGATED.matcher(r).find()) {
            return Optional.empty();
        }
        r = r.replaceFirst("(?i)^have\\s+a\\s+(?:quick\\s+|closer\\s+|good\\s+)?look\\b", "look");
        String[] words = r.split("\\s+", 2);
        String verb = Verbs.base(words[0].replaceAll("[^\\p{L}-]", ""));
        String punct = words[0].replaceAll("^[\\p{L}-]+", "");
        if (verb.isEmpty() || Verbs.isNever(verb) || Verbs.isInCall(r) || words.length < 2
                || words[1].matches("(?i)^(?:is|was|are|were|it|that)\\W*$")) {
            return Optional.empty();
        }
        return Optional.of(verb + punct + " " + words[1]);
    }

    static boolean isActionVerb(String verbPhrase) {
        String first = verbPhrase.split("\\s+", 2)[0];
        return Verbs.isAction(first) || COME_UP.matcher(verbPhrase).find();
    }

    /** "Yes", "sure, I'll...", "sounds good": the turn accepts what was asked or offered. */
    static boolean accepts(String reply) {
        String r = reply.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (REFUSAL.matcher(r).find()) {
            return false;
        }
        return ACCEPTANCE.matcher(r).find();
    }

    /** The reply takes the work on in words ("I'll...", "will do", "happy to"), not just "yes, we can". */
    static boolean promises(String reply) {
        String r = reply.toLowerCase(Locale.ROOT).replace('’', '\'');
        return accepts(reply) && PROMISING.matcher(r).find();
    }

    private static final Pattern PROMISING = Pattern.compile("\\b(?:i'll|i will|we'll|we will|will do|happy to|glad to"
            + "|no problem|on it|consider it done|i can do that|can do|of course|absolutely|let me|i'm going to|we're going to"
            + "|leave it with me|i'd be happy|you got it|sure thing|i'll do)\\b");
    private static final Pattern ACCEPTANCE = Pattern.compile("^\\W*(?:(?:um+|uh+|oh|well|so|and|ah|hmm)\\W+)*(?:yes|yeah|yep"
            + "|yup|sure|of course|absolutely|definitely|certainly|will do|no problem|ok|okay|sounds good|sounds great"
            + "|can do|happy to|i can|i will|i'll|we can|we will|we'll|on it|consider it done|for sure|got it|that works"
            + "|works for me|i'd be happy|done|perfect|great|fine|alright|all right|that's fine|please|that would be"
            + "|that'd be|would be great|good idea|i'm on it|no worries|deal|agreed|let me|leave it with me|i'm happy"
            + "|we're happy|count on|that would help|that'd help|that helps|would help|please do|go ahead|yes please"
            + "|that would be great|that'd be great|you got it|sure thing)\\b");
    private static final Pattern REFUSAL = Pattern.compile("^\\W*(?:(?:um+|uh+|oh|well|so|hmm)\\W+)*(?:no\\b|nope|not\\s|"
            + "i can't|we can't|i cannot|we cannot|unfortunately|i'm not sure|not sure|i don't think|probably not|i doubt"
            + "|that's not|let me think|maybe|i'd rather not|we'd rather not|i won't|we won't|hmm)|\\b(?:but|although|though)"
            + "\\s+(?:i|we)\\s+(?:can't|cannot|won't)\\b");
}
