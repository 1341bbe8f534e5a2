package dev.followthrough.drafting.offline;

import java.util.regex.Pattern;

/**
 * The drafter's single entry point for "is this text an attempt to instruct the machine?". Text it flags is
 * never copied into a draft.
 */
final class InstructionGuard {

    // TODO(lead): once the extraction branch's dev.followthrough.text package is on main, replace this body with
    //  `return dev.followthrough.text.InjectionSignals.looksLikeInstruction(text);` and delete INTERIM.
    private static final Pattern INTERIM = Pattern.compile(
            "(?i)\\b(?:ignore|disregard|forget|override)\\b[\\w\\s,'-]{0,40}?\\b(?:instructions?|prompts?|rules)\\b"
                    + "|\\b(?:system|developer|hidden)\\s+(?:prompt|message|instructions?)\\b"
                    + "|\\byou\\s+are\\s+(?:now|no longer)\\b|\\bpretend\\s+(?:to\\s+be|you\\s+are)\\b"
                    + "|\\b(?:ai|assistant|bot|model|llm|gpt|note[- ]?taker|summari[sz]er)s?\\s*[,:]\\s*(?:please\\s+)?"
                    + "(?:ignore|include|add|write|send|say|mention|insert|tell|forward|append)\\b"
                    + "|\\bin\\s+(?:your|the)\\s+(?:summary|output|response|reply|recap|notes|follow[- ]?up|e-?mail)\\b"
                    + "[^.?!]{0,20}\\b(?:say|state|write|claim|include|mention|tell|add)\\b"
                    + "|\\b(?:bcc|secretly|quietly|silently)\\b[^.?!]{0,60}[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private InstructionGuard() {
    }

    static boolean looksLikeInstruction(String text) {
        return text != null && INTERIM.matcher(text.replace('\u2019', '\'')).find();
    }
}
