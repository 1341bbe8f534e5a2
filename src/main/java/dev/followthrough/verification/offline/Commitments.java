package dev.followthrough.verification.offline;

import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who promised what. On the call a promise is a first-person future ("I'll send", "let me", "we can get you"),
 * or a request that the other side accepts ("could you send...?" "Sure."). In a draft, "I"/"we" is the rep and
 * "you" the customer.
 */
final class Commitments {

    /** A promise found on the call. {@code who} is a speaker label, {@code text} what it is matched on. */
    record Promise(Utterance utterance, String who, CallEvidence.Side side, String clause, String text, String verb) {
    }

    /** A promise stated in a draft: by whom and what. {@code who} is null for "I"/"we"/"you". */
    record Stated(CallEvidence.Side side, String who, String action) {
    }

    private static final String MODAL = "(?:['’]ll|\\s+will|\\s+shall|\\s+can|\\s+could|['’]d|\\s+would|"
            + "\\s+(?:am|are|is)\\s+going\\s+to|['’](?:m|re|s)\\s+going\\s+to|\\s+plans?\\s+to|\\s+(?:has|have)\\s+"
            + "(?:agreed|offered|promised|committed)\\s+to|\\s+(?:agreed|offered|promised|committed|volunteered)\\s+to|"
            + "['’](?:m|re)\\s+(?=\\w+ing\\b)|\\s+(?:am|are|is)\\s+(?=\\w+ing\\b)|"
            + "\\s+(?:also\\s+)?(?:want|wanted|would like|intend|mean|need)\\s+to|['’]d\\s+like\\s+to)";
    private static final String ACTION_ING = "(?:sending|preparing|drafting|sharing|scheduling|booking|setting|putting|"
            + "pulling|writing|building|looping|getting|sorting|arranging|organising|organizing|pulling|filling|"
            + "shipping|handling|taking|bringing|working|reaching|following|checking|reviewing|mapping|running)\\b";
    /** In a draft "we can" usually describes the product, not a promise, so only future forms count there. */
    private static final String DRAFT_MODAL = "(?:['’]ll|\\s+will|\\s+shall|\\s+(?:am|are|is)\\s+going\\s+to|"
            + "['’](?:m|re|s)\\s+going\\s+to|\\s+plans?\\s+to|\\s+(?:has|have)\\s+(?:agreed|offered|promised|committed)\\s+to|"
            + "\\s+(?:agreed|offered|promised|committed|volunteered)\\s+to|['’](?:m|re|s)\\s+(?=" + ACTION_ING + ")|"
            + "\\s+(?:am|are|is)\\s+(?=" + ACTION_ING + "))";
    private static final Pattern FIRST_PERSON_CALL = Pattern.compile(
            "\\b(?:i|we)" + MODAL + "\\s*(?:also\\s+|then\\s+|just\\s+|definitely\\s+|happily\\s+)?(\\w.*)|"
                    + "\\blet\\s+me\\s+(\\w.*)|\\b(?:i['’]m|we['’]re|i\\s+am|we\\s+are)\\s+happy\\s+to\\s+(\\w.*)",
            Pattern.CASE_INSENSITIVE);
    /** "Can I give you a one-page summary for Marion?" "Yes please.": an offer taken up is the offerer's promise. */
    private static final Pattern OFFER = Pattern.compile(
            "\\b(?:can|could|shall|should|may)\\s+(?:i|we)\\s+(?:also\\s+|just\\s+)?"
                    // "Can I get access to a sandbox?" asks to receive: the other side would deliver
                    + "(?!(?:get|have|see|receive|grab|borrow|ask|take a look|join)\\b)(\\w.*)\\?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(\\w.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCEPT = Pattern.compile(
            "^(?:sure|yes|yeah|yep|absolutely|definitely|of course|will do|no problem|happy to|can do|i can|i will|"
                    + "i['’]ll|okay|ok|sounds good|that works)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DRAFT_SELF = Pattern.compile(
            "^(?:.*?\\b)?(i|we|our team|our side)" + DRAFT_MODAL + "\\s*(?:also\\s+|then\\s+|just\\s+)?(\\w.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final String VERBS = "(?:send|share|draft|prepare|review|schedule|book|pull|fill|pick|ship|write|"
            + "build|provide|confirm|introduce|loop|check|run|get|deliver|email|invite|update|create|arrange|handle|set|"
            + "take|bring|put|collect|gather|compile|finalize|finalise|circulate|forward|return|follow|reach|call)";
    private static final Pattern SELF_PRESENT = Pattern.compile("(?i)^(i|we)\\s+(?=" + VERBS + "\\b)(\\w.*)$");
    /** "pull the IDs and check each one": two promises, each of which must have been made. */
    private static final Pattern AND_VERB = Pattern.compile("(?i),?\\s+and\\s+(?:then\\s+|also\\s+)?(?=" + VERBS
            + "\\b)");

    /** Verbs of a promise grouped by what gets done, so "email the form" and "send the form" are one promise. */
    private static final java.util.Map<String, String> VERB_CLASS = new java.util.HashMap<>();

    static {
        for (String v : List.of("send", "email", "share", "forward", "get", "provid", "deliv", "pass", "circul", "ship",
                "mail", "submit", "return", "give", "prepar", "draft", "write", "put", "build", "creat", "pull",
                "compil", "make", "produc", "assembl", "export", "upload", "post", "attach", "shoot", "pick", "collect",
                "bring", "fetch")) {
            VERB_CLASS.put(v, "deliver");
        }
        for (String v : List.of("check", "verifi", "review", "confirm", "look", "investig", "valid", "audit", "test",
                "scope", "assess", "evalu", "examin", "analys", "analyz", "dig", "find", "research", "explor")) {
            VERB_CLASS.put(v, "check");
        }
        for (String v : List.of("schedul", "book", "set", "arrang", "organis", "organ", "invit", "calendar")) {
            VERB_CLASS.put(v, "schedule");
        }
        for (String v : List.of("fill", "complet", "sign", "answer")) {
            VERB_CLASS.put(v, "fill");
        }
        for (String v : List.of("introduc", "loop", "connect", "cc", "includ")) {
            VERB_CLASS.put(v, "introduce");
        }
        for (String v : List.of("call", "ring", "phone", "reach", "contact")) {
            VERB_CLASS.put(v, "call");
        }
    }

    private static final Pattern SEE_WHETHER = Pattern.compile("(?i)^(?:go\\s+and\\s+)?(?:see|find out)\\s+(?:what|whether|if|how|"
            + "about|when|who|which)\\b");
    /** "Call me on the 4th", "Send us the deck": asking the other side to do something, which they then owe. */
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(?:please\\s+|and\\s+|so\\s+|then\\s+|just\\s+)?(" + "(?:call|ring|phone|"
            + "email|send|share|forward|ping|text|book|schedule|set up|invite|loop)\\s+(?:me|us)\\b.*)$");
    private static final Pattern ON_BEHALF = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(?:will|['’]ll|is going to)\\s+"
            + "(?:also\\s+|then\\s+)?(\\w.*)");

    /** "Kenji will send them the same day": the reply hands the request to someone else. */
    private static final Pattern THIRD_PARTY = Pattern.compile("^(?:[\\p{L}]+,\\s*)?(?:\\p{Lu}[\\p{L}'’-]+|he|she|they)"
            + "\\s+(?:will|['’]ll|can|is going to|could)\\b");

    /** "Call me on the 4th." "Friday the 4th, in the morning.": restating the request takes it on. */
    private static boolean sharesTerms(String request, String reply) {
        java.util.Set<String> a = Terms.content(request);
        a.retainAll(Terms.content(reply));
        return !a.isEmpty();
    }

    private static final Pattern DECLINE_REPLY = Pattern.compile("(?i)^(?:no|not|i can['’]t|we can['’]t|sorry|unfortunately)\\b");

    private static final Pattern IN_TOUCH = Pattern.compile("(?i)^(?:also\\s+|then\\s+)?(?:reach out|get in touch|be in touch|"
            + "get back to|come back to|follow up with|touch base)\\b");

    /** Verbs after "I'll" that state a wish or a state, not a deliverable ("I'll need your policy"). */
    private static final java.util.Set<String> STATE_VERBS = java.util.Set.of("need", "want", "like", "love", "be",
            "think", "know", "wait", "hear", "guess", "bet", "admit", "sai", "say", "mean", "rememb", "assum",
            "probabl", "try", "see", "keep", "talk", "speak", "meet");

    /** The class of the first verb of an action ("send", "check", "schedule"...), or its stem when unclassed. */
    static String verbClass(String action) {
        if (action == null) {
            return "";
        }
        if (IN_TOUCH.matcher(action.strip()).find()) {
            return "call"; // "reach out", "get in touch", "get back to you": contacting the other side
        }
        String[] words = action.strip().toLowerCase(Locale.ROOT).split("[^a-z']+");
        for (String w : words) {
            if (w.isEmpty() || List.of("also", "then", "just", "definitely", "happily", "quickly", "gladly", "go",
                    "ahead", "and", "to", "be", "able", "personally", "still", "both").contains(w)) {
                continue;
            }
            if (List.of("a", "an", "the", "our", "your", "my", "his", "her", "their", "this", "that", "some", "one")
                    .contains(w)) {
                return ""; // "What I'm preparing: a checklist" names the thing, not the verb
            }
            String stem = w.replaceAll("(ing|ed|es|s)$", "");
            for (String key : List.of(w, stem, stem + "e")) {
                java.util.Set<String> stems = Terms.content(key);
                String st = stems.isEmpty() ? key : stems.iterator().next();
                if (VERB_CLASS.containsKey(st)) {
                    return VERB_CLASS.get(st);
                }
            }
            java.util.Set<String> stems = Terms.content(w);
            return stems.isEmpty() ? w : stems.iterator().next();
        }
        return "";
    }

    static String stripSubordinate(String text) {
        return SUBORDINATE.matcher(text).replaceFirst("");
    }

    /** What follows "once", "after", "so that"... is a condition or a purpose, not part of the promise. */
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?i),?\\s+\\b(once|after|when|as soon as|if|so that|so|because|since|until|before|assuming|provided|in time for|"
                    + "ahead of)\\b.*$");

    static List<String> actions(String action) {
        List<String> out = new ArrayList<>();
        for (String part : AND_VERB.split(SUBORDINATE.matcher(action).replaceFirst(""))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
    private static final Pattern DRAFT_YOU = Pattern.compile(
            "^(?:.*?\\b)?(you|your team|your side)" + DRAFT_MODAL + "\\s*(?:also\\s+|then\\s+|just\\s+)?(\\w.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "You're running sixteen fermenters", "you're taking just the planning piece": what the customer has or chose. */
    private static final Pattern YOU_STATE = Pattern.compile("(?i)\\byou['’]re\\s+(?:currently\\s+|still\\s+|now\\s+|just\\s+)?"
            + "(?:running|working|taking|using|handling)\\b");
    private static final Pattern DRAFT_NAMED = Pattern.compile(
            "^(?:.*?\\b)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)(?:" + DRAFT_MODAL.substring(3, DRAFT_MODAL.length() - 1)
                    + "|\\s+(?=(?:sends|drafts|shares|prepares|reviews|schedules|books|pulls|fills|picks|ships|writes|"
                    + "builds|provides|confirms|introduces|loops|checks|runs|delivers|emails|invites|updates|"
                    + "creates|arranges|handles|owns|maps|tests|signs|uploads|exports|sets|follows|takes|brings|"
                    + "walks|puts|collects|gathers|compiles|finalizes|finalises|circulates|forwards|returns)\\b))"
                    + "\\s*(?:also\\s+|then\\s+)?(\\w.*)$");
    private static final Pattern LABELLED = Pattern.compile(
            "^(me|us|you|your team|our team|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s*[:—–-]\\s+(\\w.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Your part: the isolation forms are included": a label over a statement of fact, which promises nothing. */
    private static final Pattern LABELLED_STATE = Pattern.compile("(?i)^(?:the|a|an|all|both|each|every|no|these|those)\\b"
            + "[^,;:]*?\\b(?:is|are|was|were|isn['’]t|aren['’]t)\\b");
    private static final Pattern WHAT_I = Pattern.compile(
            "^(?:what|things)\\s+(i|we)['’]?(?:m|re|\\s+am|\\s+are|\\s+will\\s+be|['’]ll\\s+be)?\\s+\\w+ing\\s*:\\s*(\\w.*)$",
            Pattern.CASE_INSENSITIVE);

    private Commitments() {
    }

    static List<Promise> onCall(CallEvidence call) {
        List<Promise> out = new ArrayList<>();
        List<Utterance> all = call.transcript().utterances();
        for (int i = 0; i < all.size(); i++) {
            Utterance u = all.get(i);
            for (String clause : CallEvidence.marked(u.text())) {
                Matcher m = FIRST_PERSON_CALL.matcher(clause);
                if (m.find() && !dev.followthrough.text.SpokenClauses.isQuestion(clause)) {
                    String act = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    // "let me see what Renata can do", "I'll see whether...": finding out is a promise to check
                    String verb = SEE_WHETHER.matcher(act).find() ? "check" : verbClass(act);
                    if (!STATE_VERBS.contains(verb)) {
                        out.add(new Promise(u, u.speaker(), call.sideOf(u.speaker()), clause,
                                withAntecedent(call, u, stripSubordinate(clause)), verb));
                    }
                    continue;
                }
                Matcher rec = YOU_RECEIVE.matcher(clause.strip());
                if (rec.matches()) {
                    out.add(new Promise(u, u.speaker(), call.sideOf(u.speaker()), clause,
                            withAntecedent(call, u, stripSubordinate(clause)), "deliver"));
                    continue;
                }
                Matcher named = ON_BEHALF.matcher(clause);
                if (named.find() && !dev.followthrough.text.SpokenClauses.isQuestion(clause)) {
                    String person = CommitmentCheck.speakerFor(named.group(1), call);
                    if (person != null && !person.equals(u.speaker())) {
                        // "Omar will send them the same day": a promise made for a colleague is that colleague's
                        out.add(new Promise(u, person, call.sideOf(person), clause,
                                withAntecedent(call, u, stripSubordinate(clause)), verbClass(named.group(2))));
                        continue;
                    }
                }
                Matcher imp = IMPERATIVE.matcher(clause.strip());
                if (imp.matches() && !dev.followthrough.text.SpokenClauses.isQuestion(clause) && i + 1 < all.size()) {
                    Utterance reply = all.get(i + 1);
                    // the reply must take it on ("Will do."), not hand it to someone else ("Kenji will send them")
                    if (reply.speaker() != null && !reply.speaker().equals(u.speaker())
                            && !DECLINE_REPLY.matcher(reply.text().strip()).find()
                            && CallEvidence.marked(reply.text()).stream().noneMatch(c -> THIRD_PARTY.matcher(c.strip()).find())
                            && (ACCEPT.matcher(reply.text().strip()).find() || sharesTerms(imp.group(1), reply.text())
                            || call.sideOf(reply.speaker()) != call.sideOf(u.speaker()))) {
                        // asked of the other side and not turned down: theirs to do, whatever the reply goes on to say
                        out.add(new Promise(reply, reply.speaker(), call.sideOf(reply.speaker()), imp.group(1),
                                imp.group(1) + " " + reply.text(), verbClass(imp.group(1))));
                        continue;
                    }
                }
                Matcher offer = OFFER.matcher(clause.strip());
                if (offer.find() && i + 1 < all.size()) {
                    Utterance reply = all.get(i + 1);
                    if (reply.speaker() != null && !reply.speaker().equals(u.speaker())
                            && (ACCEPT.matcher(reply.text().strip()).find() || reply.text().strip().matches("(?i)^please\\b.*"))
                            && !DECLINE_REPLY.matcher(reply.text().strip()).find()) {
                        String act = offer.group(1);
                        if (!STATE_VERBS.contains(verbClass(act))) {
                            out.add(new Promise(u, u.speaker(), call.sideOf(u.speaker()), clause,
                                    clause + " " + reply.text(), verbClass(act)));
                            continue;
                        }
                    }
                }
                Matcher r = REQUEST.matcher(clause);
                if (r.find() && i + 1 < all.size()) {
                    Utterance reply = all.get(i + 1);
                    if (reply.speaker() != null && !reply.speaker().equals(u.speaker())
                            && ACCEPT.matcher(reply.text().strip()).find()) {
                        out.add(new Promise(reply, reply.speaker(), call.sideOf(reply.speaker()), clause,
                                clause + " " + reply.text(), verbClass(r.group(1))));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "I can send that over": the thing promised is in the turn before, unless that turn is someone else's own
     * promise ("I'll send the IDs." "We'll check them."), whose object is theirs to deliver, not this speaker's.
     */
    private static String withAntecedent(CallEvidence call, Utterance u, String clause) {
        if (POINTS_BACK.matcher(clause).find()) {
            // "...not sure we've done Trackwell. I'll check that": the thing is often earlier in the same turn
            int at = u.text().indexOf(clause);
            String before = at > 0 ? u.text().substring(0, at).strip() : "";
            String[] sentencesBefore = before.split("(?<=[.!?])\\s+");
            if (!before.isEmpty() && ASKS_THE_OTHER_SIDE.matcher(sentencesBefore[sentencesBefore.length - 1]).find()) {
                // "Sasha, if you can send me the export, I'll use it to build the plan", "Record it and I'll watch it":
                // what the speaker asks of the other side is theirs to deliver, not part of the speaker's promise
                return clause;
            }
            if (!before.isEmpty()) {
                List<String> sentences = CallEvidence.marked(before);
                String nearest = sentences.get(sentences.size() - 1);
                if (Terms.content(nearest).size() >= 2) {
                    return nearest + " " + clause; // the nearest thing is what "that" means
                }
            }
            Utterance prev = call.previous(u);
            if (prev != null || !before.isEmpty()) {
                String back = prev != null ? prev.text() : "";
                // "Would it help if I put together a proposal?" "Send it to me." "I'll send that by Friday.": when the
                // turn before only points back too, what "that" means is one turn further
                Utterance prev2 = prev == null ? null : call.previous(prev);
                if (prev2 != null && ANAPHOR.matcher(back).find() && Terms.content(back).size() <= 8) {
                    back = prev2.text() + " " + back;
                }
                return (back + " " + before).strip() + " " + clause;
            }
        }
        return clause;
    }

    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(that|it|this|those|them|these)\\b");
    /** A request in the speaker's own turn: "if you can send me...", "could you...", or "Record it and" before "I'll". */
    private static final Pattern ASKS_THE_OTHER_SIDE = Pattern.compile("(?i)\\b(?:if you (?:can|could)|can you|could you|"
            + "would you|will you|if you (?:send|share|get|give|forward|email|pull|provide|bring|upload|export))\\b|^(?:just\\s+|please\\s+)?(?!(?:i|we|you|they|he|she|it|the|a|an|that|this|there|so|and|"
            + "but|then|okay|ok|yes|yeah|no|well|now)\\b)\\p{L}+\\s+(?:it|them|that|this|me|us)\\s+and\\s*$");
    /** What a promise can point back with: the anaphors, and "one", "her", "him". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(that|it|this|those|them|these|one|her|him)\\b");

    /** "You'll have the report by Friday" is the rep's promise to deliver, not the customer's. */
    private static final Pattern YOU_RECEIVE = Pattern.compile(
            "(?i)^(?:.*?\\b)?you(?:['’]ll|\\s+will)\\s+(?:also\\s+|then\\s+|soon\\s+|still\\s+)?(?:have|get|receive|see|find)"
                    + "\\s+(\\w.*)$");
    /** "you'll get it through your approvals", "you'll have it signed": the customer doing it, not receiving it. */
    private static final Pattern GET_IT_DONE = Pattern.compile("(?i)(?:it|them|this|that|those|these|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)"
            + "\\s+(?:through|done|signed|approved|back|over|across|sorted|finished|ready|in place|off|out)\\b");
    private static final Pattern SENT_TO_US = Pattern.compile("(?i)\\b(?:to|over to|back to|with)\\s+(?:me|us)\\b");
    private static final Pattern CAUSATIVE = Pattern.compile("(?i)\\byou(?:['’]ll|\\s+will)\\s+(?:also\\s+)?have\\s+(?:\\p{L}+\\s+){1,2}?"
            + "(?:send|share|sign|review|email|forward|call|check|confirm|prepare|draft|pull|get|look|set up|schedule)\\b");
    /**
     * Waiting, hearing back or meeting again is not a deliverable; the meeting check covers meetings. Nor is looking
     * out for something: "I'll look out for the list" receives what the other side promised to send.
     */
    private static final Pattern NOT_A_DELIVERABLE = Pattern.compile(
            "(?i)^(?:wait|hold|hear|keep|look out for|watch (?:out )?for|expect|await|receive|come back|get back|circle back|look forward|be in touch|stay|follow your lead|let you|talk|speak|meet|see you|"
                    + "catch up|reconvene|regroup|reconnect|touch base|check in|be there|be happy|be glad|pay|be charged|be billed)\\b");

    /** "You'll sign nothing until...", "we won't charge": a promise not to act is not a deliverable to look for. */
    private static final Pattern NEGATED_ACTION = Pattern.compile("(?i)^(?:not|never|no longer)\\b|^\\w+\\s+(?:nothing|"
            + "no one|nobody|none)\\b");

    /** The promise a draft clause states, or {@code null} when it states none or only a non-deliverable one. */
    static Stated inDraft(String claim) {
        Stated s = parse(claim);
        if (s == null || NOT_A_DELIVERABLE.matcher(s.action().strip()).find()
                || NEGATED_ACTION.matcher(s.action().strip()).find()
                || STATE_VERBS.contains(verbClass(s.action())) && !SEE_WHETHER.matcher(s.action().strip()).find()
                || !Mentions.times(s.action()).isEmpty() || s.action().matches("(?i).*(?<!put )\\btogether\\b.*")) {
            return null;
        }
        return s;
    }

    private static Stated parse(String claim) {
        String c = claim.strip();
        Matcher w = WHAT_I.matcher(c);
        if (w.matches()) {
            return new Stated(CallEvidence.Side.REP, null, w.group(2));
        }
        Matcher l = LABELLED.matcher(c);
        if (l.matches() && !l.group(2).matches("(?i)^(i|we|you|it|there|this|that|they|our|your|he|she)\\b.*")
                && !LABELLED_STATE.matcher(l.group(2)).find()) {
            String who = l.group(1).toLowerCase(Locale.ROOT);
            if (who.equals("me") || who.equals("us") || who.equals("our team")) {
                return new Stated(CallEvidence.Side.REP, null, l.group(2));
            }
            if (who.startsWith("you")) {
                return new Stated(CallEvidence.Side.CUSTOMER, null, l.group(2));
            }
            return new Stated(null, l.group(1), l.group(2));
        }
        if (c.endsWith("?")) {
            return null;
        }
        Matcher receive = YOU_RECEIVE.matcher(c);
        if (receive.matches()) {
            // "you'll get the seat count to me" and "you'll have legal send it" are the customer's to do
            boolean theirs = SENT_TO_US.matcher(receive.group(1)).find() || CAUSATIVE.matcher(c).find()
                    || GET_IT_DONE.matcher(receive.group(1)).lookingAt();
            return new Stated(theirs ? CallEvidence.Side.CUSTOMER : CallEvidence.Side.REP, null, receive.group(1));
        }
        Matcher present = SELF_PRESENT.matcher(c);
        if (present.matches()) {
            return new Stated(CallEvidence.Side.REP, null, present.group(2));
        }
        Matcher self = DRAFT_SELF.matcher(c);
        if (self.matches()) {
            return new Stated(CallEvidence.Side.REP, null, self.group(2));
        }
        Matcher you = DRAFT_YOU.matcher(c);
        if (you.matches() && !YOU_STATE.matcher(c).find()) {
            return new Stated(CallEvidence.Side.CUSTOMER, null, you.group(2));
        }
        Matcher named = DRAFT_NAMED.matcher(c);
        if (named.matches()) {
            return new Stated(null, named.group(1), named.group(2));
        }
        return null;
    }
}
