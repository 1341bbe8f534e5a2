package dev.followthrough.llm;

import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.InjectionSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the utterances of a transcript that talk to an AI instead of to the people on the call, using the
 * product's shared {@link InjectionSignals} so the LLM and offline engines agree on what an injection looks like.
 * Finding one does not stop the analysis (the prompts treat the transcript as data and the output guard still
 * applies); it marks the call for a person to review.
 */
final class InjectionDetector {

    /** A shape the shared signals do not cover yet: "if an AI is reading this, ...". */
    private static final Pattern READER_OF_THIS = Pattern.compile("(?i)\\b(?:if|when|whoever|any)\\s+(?:an?\\s+|the\\s+)?"
            + "(?:ai|assistant|chatbot|bot|llm|language model|summari[sz]er|note[- ]?taker)\\b.{0,20}"
            + "\\b(?:is\\s+)?(?:reading|summari[sz]ing|listening to|processing|transcribing)\\b");

    private InjectionDetector() {
    }

    /** One reason per suspicious utterance, naming its id. */
    static List<String> scan(Transcript transcript) {
        List<String> reasons = new ArrayList<>();
        for (Utterance u : transcript.utterances()) {
            if (InjectionSignals.looksLikeInstruction(u.text()) || READER_OF_THIS.matcher(u.text()).find()) {
                reasons.add(u.id() + " (" + (u.speaker() == null ? "unknown speaker" : u.speaker())
                        + ") seems to address instructions to an AI: \"" + abbreviate(u.text()) + "\"");
            }
        }
        return reasons;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
