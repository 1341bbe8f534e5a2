package dev.followthrough.admin;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStore;
import dev.followthrough.call.CallSummary;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.StyleSimilarity;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A rep's learned style and how close the rep's latest drafts come to it, for the rep's admin page. */
@Component
class RepStyle {

    /** Scoring costs one profile of each draft; a handful tells the trend without slowing the page. */
    static final int RECENT_DRAFTS = 5;

    record DraftScore(long callId, String subject, double score) {
    }

    /** @param meanScore mean StyleSimilarity total of {@code drafts}, {@code null} when there are none */
    record View(StyleProfile profile, String formalityWord, List<DraftScore> drafts, Double meanScore) {
    }

    private final RepDirectory reps;
    private final CallStore calls;
    private final StyleSimilarity similarity;

    RepStyle(RepDirectory reps, CallStore calls, StyleSimilarity similarity) {
        this.reps = reps;
        this.calls = calls;
        this.similarity = similarity;
    }

    View of(RepInfo rep) {
        StyleProfile profile = reps.style(rep);
        List<DraftScore> scores = new ArrayList<>();
        for (CallSummary c : calls.list(rep.id(), PageRequest.of(0, RECENT_DRAFTS * 2, Sort.by(Sort.Direction.DESC, "id")))) {
            if (scores.size() == RECENT_DRAFTS) {
                break;
            }
            CallDetails d = calls.details(c.id()).orElse(null);
            if (d != null && d.draft() != null) {
                scores.add(new DraftScore(c.id(), d.draft().subject(), similarity.score(d.draft(), profile).total()));
            }
        }
        Double mean = scores.isEmpty() ? null
                : Math.round(scores.stream().mapToDouble(DraftScore::score).average().orElse(0) * 1000) / 1000.0;
        return new View(profile, formality(profile.formality()), scores, mean);
    }

    static String formality(double f) {
        return f < 0.35 ? "casual" : f < 0.65 ? "neutral" : "formal";
    }
}
