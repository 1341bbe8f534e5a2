package dev.followthrough.llm;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.drafting.StyleProfile;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The prompts of one analyse-call request, rendered from the prompt files. Everything that leaves the machine goes
 * through the call's {@link PiiMasker}. The transcript block comes first and depends on the transcript alone, so
 * that system prompt + transcript form a stable prefix the provider can cache; call details, style and any retry
 * feedback come after it.
 */
final class CallPrompt {

    private static final Pattern MARKER = Pattern.compile("(?i)<<<\\s*TRANSCRIPT|TRANSCRIPT\\s*>>>");

    final String system;
    final String user;
    final String version;
    private final Map<String, String> values;
    private final Prompt analyse;
    private final Prompt feedback;

    /** @param maskedTranscript the call's transcript already passed through {@code masker} */
    CallPrompt(PromptLibrary prompts, Transcript maskedTranscript, CallContext ctx, StyleProfile style,
               List<String> samples, PiiMasker masker) {
        Prompt sys = prompts.get(PromptLibrary.SYSTEM);
        Prompt block = prompts.get(PromptLibrary.TRANSCRIPT);
        this.analyse = prompts.get(PromptLibrary.ANALYSE_CALL);
        this.feedback = prompts.get(PromptLibrary.ANALYSE_CALL_FEEDBACK);
        this.version = PromptLibrary.version((sys.version() + block.version() + analyse.version() + feedback.version())
                .getBytes(StandardCharsets.UTF_8));
        this.system = sys.render(Map.of());
        this.values = new HashMap<>();
        values.put("transcript", block.render(Map.of("utterances", utterances(maskedTranscript))));
        values.put("meeting_date", ctx.meetingDate() == null ? "unknown" : ctx.meetingDate().toString());
        values.put("meeting_weekday", ctx.meetingDate() == null ? "unknown"
                : ctx.meetingDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("rep_name", orUnknown(masker.mask(ctx.repName())));
        values.put("rep_email", orUnknown(masker.mask(ctx.repEmail())));
        values.put("customer", orUnknown(masker.mask(ctx.customer())));
        values.put("title", orUnknown(masker.mask(ctx.title())));
        values.put("participants", participants(ctx, masker));
        values.put("style", style(style, masker));
        values.put("typical_words", style == null || style.typicalWords() <= 0 ? "150" : String.valueOf(style.typicalWords()));
        values.put("style_samples", samples(samples, masker));
        values.put("feedback", "");
        this.user = analyse.render(values);
    }

    /** The user prompt again with the validation errors of the previous answer appended at the very end. */
    String withFeedback(List<String> errors) {
        Map<String, String> v = new HashMap<>(values);
        StringBuilder list = new StringBuilder();
        for (String e : errors) {
            list.append("- ").append(e).append('\n');
        }
        v.put("feedback", feedback.render(Map.of("errors", list.toString().stripTrailing())));
        return analyse.render(v);
    }

    static String utterances(Transcript transcript) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : transcript.utterances()) {
            sb.append('[').append(u.id());
            if (u.start() != null) {
                sb.append(' ').append(u.startLabel());
            }
            sb.append("] ").append(u.speaker() == null ? "(unknown speaker)" : clean(u.speaker()))
                    .append(": ").append(clean(u.text())).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** One utterance stays one line, and no utterance can close the delimiters early. */
    static String clean(String text) {
        return MARKER.matcher(text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ")).replaceAll("[marker removed]");
    }

    private static String participants(CallContext ctx, PiiMasker masker) {
        if (ctx.participants().isEmpty()) {
            return "  - (none recorded)";
        }
        StringBuilder sb = new StringBuilder();
        for (Participant p : ctx.participants()) {
            sb.append("  - ").append(orUnknown(masker.mask(p.name())));
            if (p.email() != null && !p.email().isBlank()) {
                sb.append(" <").append(masker.mask(p.email())).append('>');
            }
            sb.append(" (").append(p.role() == null ? "UNKNOWN" : p.role()).append(")\n");
        }
        return sb.toString().stripTrailing();
    }

    private static String style(StyleProfile s, PiiMasker masker) {
        if (s == null || s.sampleCount() == 0) {
            return "No profile of this rep yet: write a friendly, concise, professional email.";
        }
        StringBuilder sb = new StringBuilder()
                .append("- Usual greeting (").append(StyleProfile.NAME).append(" = the recipient's first name): ")
                .append(masker.mask(s.greeting())).append('\n')
                .append("- Usual sign-off:\n").append(masker.mask(s.signOff())).append('\n')
                .append("- Usual subject (").append(StyleProfile.TOPIC).append(" = the call's topic): ")
                .append(masker.mask(s.subjectPattern())).append('\n')
                .append("- Typical length: about ").append(s.typicalWords()).append(" words\n")
                .append("- Lists next steps as bullets: ").append(s.usesBullets() ? "yes, starting lines with \""
                        + s.bulletMarker().strip() + "\"" : "no").append('\n')
                .append("- Formality (0 casual .. 1 formal): ").append(String.format(Locale.ROOT, "%.1f", s.formality()))
                .append('\n');
        line(sb, "Usual first sentence", s.openingLine(), masker);
        line(sb, "Usual line above the next steps", s.nextStepsIntro(), masker);
        line(sb, "Usual last sentence", s.closingLine(), masker);
        if (!s.typicalPhrases().isEmpty()) {
            sb.append("- Phrases the rep often uses: ")
                    .append(String.join("; ", s.typicalPhrases().stream().map(masker::mask).toList())).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String label, String value, PiiMasker masker) {
        if (value != null && !value.isBlank()) {
            sb.append("- ").append(label).append(": ").append(masker.mask(value)).append('\n');
        }
    }

    private static String samples(List<String> samples, PiiMasker masker) {
        if (samples.isEmpty()) {
            return "(no sample emails)";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            sb.append("--- example ").append(i + 1).append(" ---\n").append(masker.mask(samples.get(i))).append('\n');
        }
        return sb.append("--- end of examples ---").toString();
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
