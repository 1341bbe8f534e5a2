package dev.followthrough.llm;

import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Looks for text in a transcript addressed to an AI rather than to the people on the call: the usual shapes of a
 * prompt injection ("ignore your previous instructions", "note to the AI", "system prompt", "you are now").
 * Finding one does not stop the analysis (the prompts already treat the transcript as data and the output guard
 * still applies); it marks the call for a person to review.
 */
final class InjectionDetector {

    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("(?i)\\b(?:ignore|disregard|forget|override)\\b.{0,30}\\b(?:previous|prior|above|earlier|"
                    + "all|any|your|the|these)\\b.{0,20}\\b(?:instructions?|rules|prompts?|guidelines|directions)\\b"),
            Pattern.compile("(?i)\\b(?:note|message|instructions?|attention)\\s+(?:to|for)\\s+(?:the\\s+)?(?:ai|a\\.i\\.|"
                    + "assistant|bot|chatbot|llm|model|language model|summari[sz]er|note[- ]?taker)\\b"),
            Pattern.compile("(?i)\\b(?:if|when|whoever|any)\\s+(?:an?\\s+|the\\s+)?(?:ai|assistant|chatbot|bot|llm|"
                    + "language model|summari[sz]er|note[- ]?taker)\\b.{0,20}\\b(?:is\\s+)?(?:reading|summari[sz]ing|"
                    + "listening|processing|transcribing)\\b"),
            Pattern.compile("(?i)\\bsystem\\s+prompt\\b"),
            Pattern.compile("(?i)\\byou\\s+are\\s+now\\s+(?:a|an|in)\\b"),
            Pattern.compile("(?i)\\bnew\\s+instructions\\s*:"));

    private InjectionDetector() {
    }

    /** One reason per suspicious utterance, naming its id. */
    static List<String> scan(Transcript transcript) {
        List<String> reasons = new ArrayList<>();
        for (Utterance u : transcript.utterances()) {
            for (Pattern p : MARKERS) {
                if (p.matcher(u.text()).find()) {
                    reasons.add(u.id() + " (" + (u.speaker() == null ? "unknown speaker" : u.speaker())
                            + ") seems to address instructions to an AI: \"" + abbreviate(u.text()) + "\"");
                    break;
                }
            }
        }
        return reasons;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
