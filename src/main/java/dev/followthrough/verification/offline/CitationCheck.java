package dev.followthrough.verification.offline;

import dev.followthrough.core.Evidence;
import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An action item's citations must point at real utterances and quote their words. An extractor (a model above
 * all) can cite a turn that does not exist or put words in someone's mouth; the UI would show them as evidence.
 */
final class CitationCheck implements ClaimCheck {

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        if (!claim.fromActionItem() || claim.item().evidence().isEmpty()) {
            return List.of();
        }
        List<Outcome> out = new ArrayList<>();
        List<Evidence> good = new ArrayList<>();
        for (Evidence e : claim.item().evidence()) {
            Optional<Utterance> u = e.utteranceId() == null ? Optional.empty() : call.transcript().byId(e.utteranceId());
            if (u.isEmpty()) {
                out.add(Outcome.unsupported("citation", Severity.HIGH, "The item cites utterance " + e.utteranceId()
                        + ", which is not in this call.", List.of()));
            } else if (e.quote() != null && !e.quote().isBlank() && !quotes(u.get().text(), e.quote())) {
                out.add(Outcome.unsupported("citation", Severity.HIGH, "The quote \u201C" + e.quote() + "\u201D is not what "
                        + CallEvidence.who(u.get()) + " said.", List.of(CallEvidence.cite(u.get()))));
            } else {
                good.add(CallEvidence.cite(u.get()));
            }
        }
        if (out.isEmpty()) {
            out.add(Outcome.supported("citation", "The cited words are in the call.", good));
        }
        return out;
    }

    /** Case, punctuation and spacing differences are not misquotes; the parts around a "..." must appear in order. */
    static boolean quotes(String said, String quote) {
        String text = " " + squash(said) + " ";
        int from = 0;
        for (String part : quote.split("\\.\\.\\.|\u2026")) {
            String p = squash(part);
            if (p.isEmpty()) {
                continue;
            }
            int at = text.indexOf(" " + p + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + p.length();
        }
        return true;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
