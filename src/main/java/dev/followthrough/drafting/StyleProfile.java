package dev.followthrough.drafting;

import java.util.List;

/**
 * How a rep writes, learned from their sent emails. The drafting helper owns and may extend this record.
 *
 * @param greeting       the rep's usual opening with "{name}" where the recipient's first name goes ("Hi {name},")
 * @param signOff        the rep's usual closing lines, signature included ("Thanks,\nDana")
 * @param typicalWords   median length of the rep's emails in words
 * @param usesBullets    whether the rep lists next steps as bullets
 * @param formality      0.0 (casual) to 1.0 (formal)
 * @param typicalPhrases phrases the rep reuses, most frequent first
 * @param sampleCount    how many emails the profile was learned from (0: a neutral default)
 * @param subjectPattern the rep's usual subject with "{topic}" where the call's title or customer goes
 * @param bulletMarker   the marker the rep starts list lines with ("- ", "• ", "1. "); used when {@code usesBullets}
 * @param openingLine    a generic first sentence the rep reuses after the greeting, {@code null} when none recurs
 * @param closingLine    a generic last sentence the rep reuses before the sign-off, {@code null} when none recurs
 * @param nextStepsIntro the line the rep puts above a list ("Next steps:"), {@code null} when none recurs
 */
public record StyleProfile(String repName, String greeting, String signOff, int typicalWords, boolean usesBullets,
                           double formality, List<String> typicalPhrases, int sampleCount, String subjectPattern,
                           String bulletMarker, String openingLine, String closingLine, String nextStepsIntro) {

    public static final String NAME = "{name}";
    public static final String TOPIC = "{topic}";

    public StyleProfile {
        typicalPhrases = typicalPhrases == null ? List.of() : List.copyOf(typicalPhrases);
        greeting = greeting == null || greeting.isBlank() ? "Hi " + NAME + "," : greeting;
        signOff = signOff == null || signOff.isBlank() ? defaultSignOff(repName) : signOff;
        subjectPattern = subjectPattern == null || subjectPattern.isBlank() ? "Follow-up: " + TOPIC : subjectPattern;
        bulletMarker = bulletMarker == null || bulletMarker.isBlank() ? "- " : bulletMarker;
        typicalWords = typicalWords <= 0 ? 150 : typicalWords;
        formality = Math.max(0.0, Math.min(1.0, formality));
    }

    /** The original eight-part form, kept so that callers written against it still compile. */
    public StyleProfile(String repName, String greeting, String signOff, int typicalWords, boolean usesBullets,
                        double formality, List<String> typicalPhrases, int sampleCount) {
        this(repName, greeting, signOff, typicalWords, usesBullets, formality, typicalPhrases, sampleCount,
                null, null, null, null, null);
    }

    /** What a rep with no sample emails gets: plain, polite, middle-of-the-road. */
    public static StyleProfile neutral(String repName) {
        return new StyleProfile(repName, "Hi " + NAME + ",", defaultSignOff(repName), 150, true, 0.5, List.of(), 0,
                "Follow-up: " + TOPIC, "- ", null, null, null);
    }

    private static String defaultSignOff(String repName) {
        return repName == null || repName.isBlank() ? "Best regards," : "Best regards,\n" + repName.strip();
    }
}
