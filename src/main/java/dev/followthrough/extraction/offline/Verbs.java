package dev.followthrough.extraction.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which verbs make a promise an action item. "I'll send the deck" is one, "I'll be honest" or "we'll see" is not.
 * A short open list of follow-up verbs is safer on unseen calls than a model of every verb: a commitment whose verb
 * is not listed still passes when it carries a deadline and reads like a commitment (see the extractor).
 */
final class Verbs {

    /** Verbs of follow-up work. */
    private static final Set<String> ACTION = Set.copyOf(java.util.Arrays.asList("send", "email", "e-mail", "forward", "share", "circulate",
            "distribute", "schedule", "reschedule", "set", "book", "arrange", "organize", "organise", "coordinate",
            "invite", "loop", "include", "cc", "introduce", "connect", "put", "pull", "prepare", "draft", "write",
            "update", "revise", "edit", "finalize", "finalise", "review", "check", "double-check", "confirm", "verify",
            "validate", "test", "run", "look", "investigate", "research", "find", "figure", "sort", "work", "handle",
            "take", "own", "drive", "lead", "follow", "get", "reach", "call", "ring", "phone", "ping", "text", "message",
            "talk", "speak", "ask", "escalate", "flag", "raise", "provide", "deliver", "submit", "sign", "countersign",
            "approve", "process", "issue", "quote", "price", "order", "purchase", "buy", "renew", "cancel", "pay",
            "invoice", "bill", "file", "register", "grant", "give", "hand", "transfer", "migrate", "upload", "export",
            "import", "enable", "disable", "activate", "provision", "install", "configure", "deploy", "onboard", "train",
            "document", "summarize", "summarise", "compile", "gather", "collect", "create", "build", "design", "plan",
            "map", "outline", "scope", "estimate", "calculate", "propose", "recommend", "negotiate", "push", "chase",
            "nudge", "remind", "let", "keep", "circle", "touch", "return", "fix", "add", "remove", "change",
            "extend", "expand", "bump", "adjust", "reserve", "sync", "align", "evaluate", "assess", "analyse", "analyze",
            "compare", "benchmark", "demo", "present", "dig", "pass", "bring", "shoot", "drop", "reply", "respond",
            "contact", "notify", "inform", "brief", "meet", "discuss", "report", "produce", "make", "do",
            "start", "kick", "finish", "hold", "honor", "honour", "waive", "lock", "guarantee", "cover", "offer", "credit",
            "refund", "host", "pilot", "reconvene", "regroup", "extend", "request", "complete", "set-up", "walk", "redo", "resend", "reach-out", "tell"));

    /** Verbs that never make an action item on their own: opinions, states, talk about the talk. */
    private static final Set<String> NEVER = Set.copyOf(java.util.Arrays.asList("be", "think", "see", "consider", "guess", "wonder", "bet", "say",
            "admit", "need", "want", "like", "love", "hate", "hope", "wait", "probably", "never", "not", "leave",
            "stop", "go", "move", "skip", "pause", "mull", "sleep", "feel", "know", "remember", "understand", "try",
            "tell-you-what", "keep-in-mind", "note", "accept", "agree", "believe"));

    /** Verbs of something done during the call itself ("I'll show you the dashboard"). */
    private static final Pattern IN_CALL = Pattern.compile("^(?:show|demo\\s+(?:it|this)\\s+now|share\\s+(?:my|the)\\s+"
            + "screen|walk\\s+(?:you|them|everyone|me|us)\\s+through|pull\\s+(?:it|that|this)\\s+up|start\\s+(?:with|by|off)|kick\\s+(?:it|things)\\s+off"
            + "|take\\s+(?:a\\s+)?(?:notes|minutes|a\\s+step\\s+back|it\\s+from\\s+here|over\\s+from\\s+here)"
            + "|pass\\s+(?:it|you)\\s+(?:over|to)|hand\\s+(?:it\\s+)?over\\s+to|go\\s+(?:first|next|ahead)"
            + "|ask\\s+(?:you\\s+)?(?:a|one|some|something|quick|another|about|if|whether|how|what|why|who)\\b|tell\\s+you\\s+(?:what|why|how|a\\s+bit|about)|tell\\s+(?:me|us|about|everyone|the\\s+group)\\b|talk\\s+about|go\\s+through|come\\s+back\\s+to\\s+(?:this|that|it)|hear\\b|explain|describe|clarify|repeat|elaborate|remind\\s+me\\s+what"
            + "|make\\s+(?:it|this)\\s+quick|do\\s+(?:a\\s+)?(?:quick\\s+)?(?:intro|introductions|round)|introduce\\s+myself"
            + "|let\\s+you\\s+go|talk\\s+(?:to\\s+|with\\s+)?(?:you|ya|y'all|everyone)\\s+(?:soon|later|then|next|tomorrow|on|in|again)"
            + "|speak\\s+(?:to\\s+(?:you|everyone)\\s+)?soon|see\\s+(?:you|everyone)|catch\\s+(?:you|up)\\s+(?:soon|later)|have\\s+(?:a\\s+)?(?:question|quick)|look\\s+at\\s+(?:the\\s+)?(?:screen|this|that)\\s*$"
            + "|keep\\s+(?:it|this)\\s+(?:short|brief)|get\\s+(?:straight\\s+)?(?:to\\s+it|started|going|into\\s+it|down\\s+to)|talk\\s+(?:a\\s+bit\\s+)?about|discuss\\s+(?:this|that|it)\\s*(?:now|here)?$"
            + "|present\\s+(?:my|our|the)\\s+(?:slides|findings|part)\\s+now)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> DROP_E = Set.copyOf(java.util.Arrays.asList("make", "write", "share", "schedule", "prepare", "circulate",
            "update", "take", "come", "provide", "arrange", "organise", "organize", "finalise", "finalize", "create",
            "issue", "invite", "raise", "close", "use", "move", "compare", "involve", "escalate", "validate", "configure",
            "evaluate", "negotiate", "demonstrate", "price", "quote", "revise", "reschedule", "produce", "compile",
            "analyse", "analyze", "introduce", "outline", "scope", "estimate", "calculate", "propose", "give", "hire",
            "determine", "summarize", "summarise", "finalise", "file", "purchase", "upgrade", "complete", "approve",
            "distribute", "source", "double-check", "investigate", "resolve", "assure", "measure", "secure", "fine-tune"));

    private Verbs() {
    }

    static boolean isAction(String verb) {
        return ACTION.contains(verb.toLowerCase(Locale.ROOT));
    }

    static boolean isNever(String verb) {
        return NEVER.contains(verb.toLowerCase(Locale.ROOT));
    }

    static boolean isInCall(String verbPhrase) {
        return IN_CALL.matcher(verbPhrase).find();
    }

    /** "sending" to "send", "getting" to "get", "writing" to "write"; other words unchanged. */
    static String base(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() <= 5) {
            return word;
        }
        String stem = w.substring(0, w.length() - 3);
        if (DROP_E.contains(stem + "e")) {
            return stem + "e";
        }
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
