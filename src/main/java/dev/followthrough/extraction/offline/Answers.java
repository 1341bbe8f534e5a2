package dev.followthrough.extraction.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reading the other side's answer to a request or an offer: a yes, a no, or a yes that takes the work on. */
final class Answers {

    private Answers() {
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

    /** "Yes please, that would help": the offer is welcomed, not just acknowledged with a "yeah" or an "okay". */
    static boolean welcomes(String reply) {
        return accepts(reply) && WELCOME.matcher(reply).find();
    }

    private static final Pattern WELCOME = Pattern.compile("(?i)\\b(?:please|would\\s+(?:be|help)|that['’]d|great|perfect"
            + "|sounds\\s+good|that\\s+works|love\\s+(?:that|it)|appreciate|thanks|thank\\s+you|awesome|wonderful|helpful)\\b");
}
