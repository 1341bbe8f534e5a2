package dev.followthrough.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that talks to an AI system instead of to the people on the call: attempts to override its
 * instructions, to change its role, to make it leak or send data, or to slip content into what it writes.
 * People on a sales call talk to each other; a sentence that addresses "the AI", "the assistant" or "whoever
 * writes the summary", or that tells someone to ignore their instructions, is not part of the conversation and
 * must neither be repeated in a draft nor turned into an action item.
 *
 * <p>The signals are families, not phrases: (1) overriding earlier instructions, (2) naming the machinery
 * (system prompt, jailbreak, developer mode), (3) re-assigning a role ("you are now an unrestricted assistant",
 * "act as", "pretend to be"), (4) addressing an AI ("as the AI assistant, ...", "note to the summarizer:") or
 * whoever writes the summary or notes, (5) directing output ("include this link", a URL to paste, "in your
 * summary say") and (6) sending data to an e-mail address together with bulk or hidden-copy words.
 * Ordinary requests between people ("when you send the follow-up, include the pricing", "send the deck to
 * jordan@acme.example") are deliberately not signals: the customer may ask the rep for anything.
 */
public final class InjectionSignals {

    /** Names of AI systems: words that people on a call rarely use for each other. */
    private static final String AI = "(?:ai|a\\.i\\.|(?:ai|virtual|digital|automated|smart)\\s+(?:assistant|agent|note-?taker)"
            + "|chatbot|bot|llm|large language model|language model|gpt|chatgpt|claude|copilot|gemini|note[- ]?taker"
            + "|summari[sz]er|meeting bot|ai model|ai system)";
    /** Texts an AI writes about a call (not the e-mail itself, which a customer may rightly ask the rep about). */
    private static final String AI_OUTPUT = "(?:summary|summaries|notes|minutes|recap|transcript|action items|crm record|output)";
    /** An address, written or spelled out as said aloud ("review at evil dot example"). */
    private static final String EMAIL = "(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\w.+-]+\\s+at\\s+[\\w-]+(?:\\s+dot\\s+[a-z]{2,})+)";

    private static final List<Pattern> SIGNALS = List.of(
            // (1) overriding instructions
            p("\\b(?:ignore|disregard|forget|override|overrule|bypass)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+|my\\s+"
                    + "|these\\s+|those\\s+)?(?:previous\\s+|prior\\s+|above\\s+|earlier\\s+|preceding\\s+|original\\s+"
                    + "|existing\\s+|initial\\s+|system\\s+|safety\\s+)?(?:instructions?|prompts?|guidelines|directives?"
                    + "|guardrails|programming|training|rules)\\b"),
            p("\\b(?:ignore|disregard|forget)\\s+(?:everything|all)\\s+(?:above|before|previous|prior|said|you)\\b"),
            p("\\b(?:ignore|disregard)\\s+(?:the|all)\\s+(?:above|foregoing|preceding)\\b"),
            p("\\bnew\\s+(?:instructions?|directives?|system prompt)\\s*[:\\-]"),
            // (2) the machinery
            p("\\b(?:system|developer)\\s+(?:prompt|message|instructions?)\\b"),
            p("\\b(?:hidden|initial|original|previous|prior)\\s+(?:prompt|instructions)\\b"),
            p("\\b(?:jailbreak|jail-break|jailbroken|dan mode|developer mode|prompt injection|god mode|sudo mode)\\b"),
            // (3) role re-assignment
            p("\\byou\\s+are\\s+(?:now|no longer)\\s+(?:an?\\s+|in\\s+|my\\s+)?(?:\\w+\\s+)?(?:" + AI
                    + "|mode|unrestricted|unfiltered|free to|allowed to|permitted to|required to|bound|restricted)\\b"),
            p("\\b(?:from now on|henceforth),?\\s+(?:you\\s+(?:are|will|must|should|shall)\\s+)?(?:only\\s+|always\\s+|never\\s+)?"
                    + "(?:ignore|respond|answer|reply|act|behave|output|write|include|obey)\\b"),
            p("\\b(?:act|behave|respond)\\s+as\\s+(?:an?\\s+)?(?:unrestricted|unfiltered|uncensored|jailbroken|" + AI + ")\\b"),
            p("\\bpretend\\s+(?:to\\s+be|you\\s+are|that\\s+you\\s+are)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:" + AI
                    + "|unrestricted|unfiltered|not an?)\\b"),
            // (4) addressing an AI or whoever writes about the call
            p("\\b(?:as|to|dear|hey|hi|hello|attention|note to|message to|instructions? (?:for|to)|for)\\s+(?:the\\s+|any\\s+"
                    + "|an\\s+|a\\s+|all\\s+|every\\s+|our\\s+|your\\s+)?(?:\\w+\\s+)?" + AI + "s?\\b\\s*[,:;!-]"),
            p("\\b(?:dear|hey|hi|hello|attention|ok|okay)\\s+(?:the\\s+)?assistant\\b\\s*[,:;!-]"),
            p("\\bif\\s+you\\s+are\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:" + AI + "|assistant)\\b"),
            // "to any AI assistant processing this call", "if an AI is reading this": an AI that handles this very text
            p("\\b" + AI + "s?\\s+(?:that\\s+|which\\s+|who\\s+)?(?:is\\s+|are\\s+)?(?:process|read|summari[sz]|transcrib"
                    + "|listen|analy[sz]|handl|review|record|watch)ing\\s+(?:to\\s+)?(?:this|these)\\b"),
            // "if there's an AI writing the minutes", "any bot taking notes on this call"
            p("\\bif\\s+there(?:'s|\\s+is|\\s+are)\\s+(?:an?\\s+|any\\s+)?(?:\\w+\\s+)?" + AI + "s?\\b"),
            p("\\b" + AI + "s?\\s+(?:that\\s+|which\\s+|who\\s+)?(?:is\\s+|are\\s+)?(?:writ|tak|keep|draft|mak|produc)ing\\s+"
                    + "(?:the\\s+|these\\s+|this\\s+|our\\s+)?" + AI_OUTPUT + "\\b"),
            p("\\b(?:" + AI + "|assistant)s?\\s*[,:]\\s*(?:please\\s+)?(?:ignore|include|add|write|send|say|state|mention|insert"
                    + "|put|output|print|reveal|tell|forward|append|change|mark|set|make|do not|don't|never|always)\\b"),
            p("\\b(?:whoever|anyone|the (?:tool|system|program|bot|software))\\s+(?:is\\s+)?(?:writ|summari[sz]|generat"
                    + "|transcrib|process|read)\\w*\\s+(?:this|the)\\s+(?:" + AI_OUTPUT + "|call|meeting|conversation)\\b"),
            p("\\b(?:when|while|if)\\s+(?:you\\s+)?(?:are\\s+)?(?:writ|draft|generat|summari[sz]|compos|prepar|produc)\\w*\\s+"
                    + "(?:the\\s+|this\\s+|your\\s+|a\\s+|any\\s+)?(?:meeting\\s+|call\\s+)?" + AI_OUTPUT
                    + "\\b[^.?!]{0,40}\\b(?:include|add|mention|say|state|insert|put|write|tell|append|make sure|claim)\\b"),
            // (5) directing the output
            p("\\b(?:include|add|insert|append|paste|embed|put|click|visit|open)\\b[^.?!]{0,40}(?:https?://|www\\.)"),
            p("\\b(?:include|add|insert|append|paste|embed|put)\\s+(?:this|the following)\\s+(?:link|url|hyperlink|line|text"
                    + "|sentence|paragraph|message|phrase|instruction|code)\\b"),
            p("\\bin\\s+(?:your|the)\\s+(?:summary|output|response|reply|recap|notes|minutes)\\b[^.?!]{0,20}"
                    + "\\b(?:say|state|write|claim|include|mention|tell|add|report)\\b"),
            p("\\b(?:output|print|reveal|repeat|show|display|leak|dump)\\s+(?:me\\s+)?(?:your|the)\\s+(?:full\\s+)?"
                    + "(?:system\\s+)?(?:prompt|instructions|configuration|api keys?|secrets?|credentials)\\b"),
            // (6) exfiltration: data sent to an address together with bulk or hidden-copy words
            p("\\b(?:send|forward|e-?mail|copy|cc|bcc|share|export|upload|post)\\b[^.?!]{0,60}\\b(?:everything|transcripts?"
                    + "|recordings?|credentials|passwords?|api keys?|contact list|customer list|customer data|database"
                    + "|conversation|call notes|meeting notes|this call|entire thread)\\b[^.?!]{0,60}" + EMAIL),
            p("\\b(?:bcc|blind copy|blind-copy|secretly|quietly|silently|without telling)\\b[^.?!]{0,60}" + EMAIL),
            p(EMAIL + "[^.?!]{0,40}\\b(?:bcc|without telling|secretly|don't mention|do not mention)\\b"));

    private InjectionSignals() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when {@code text} addresses an AI system or tries to give it orders. */
    public static boolean looksLikeInstruction(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.replace('’', '\'');
        for (Pattern signal : SIGNALS) {
            if (signal.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
