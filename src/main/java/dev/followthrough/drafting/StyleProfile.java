package dev.followthrough.drafting;

import java.util.List;

/**
 * How a rep writes, learned from their sent emails. The drafting helper owns and may extend this record.
 *
 * @param greeting      the rep's usual opening with "{name}" where the recipient's first name goes ("Hi {name},")
 * @param signOff       the rep's usual closing lines, signature included ("Thanks,\nDana")
 * @param typicalWords  median length of the rep's emails in words
 * @param usesBullets   whether the rep lists next steps as bullets
 * @param formality     0.0 (casual) to 1.0 (formal)
 * @param typicalPhrases phrases the rep reuses, most frequent first
 * @param sampleCount   how many emails the profile was learned from (0: a neutral default)
 */
public record StyleProfile(String repName, String greeting, String signOff, int typicalWords, boolean usesBullets,
                           double formality, List<String> typicalPhrases, int sampleCount) {

    public StyleProfile {
        typicalPhrases = typicalPhrases == null ? List.of() : List.copyOf(typicalPhrases);
    }
}
