package dev.followthrough.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleSimilarityTest {

    private final RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
    private final StyleSimilarity similarity = new StyleSimilarity(profiler);
    private final OfflineFollowUpDrafter drafter = new OfflineFollowUpDrafter();

    private final Map<String, List<String>> samples = Map.of(
            Fixtures.CASUAL_REP, Fixtures.samples("rep-casual"),
            Fixtures.FORMAL_REP, Fixtures.samples("rep-formal"));

    @Test
    void draftsInARepsProfileScoreHigherAgainstThatRepThanAgainstTheOther() {
        StyleProfile casual = profiler.profile(Fixtures.CASUAL_REP, samples.get(Fixtures.CASUAL_REP));
        StyleProfile formal = profiler.profile(Fixtures.FORMAL_REP, samples.get(Fixtures.FORMAL_REP));
        double sumOwn = 0;
        double sumOther = 0;
        int n = 0;
        for (String call : List.of("acme-discovery.txt", "harbor-checkin.txt")) {
            for (StyleProfile own : List.of(casual, formal)) {
                StyleProfile other = own == casual ? formal : casual;
                Draft draft = draft(call, own);
                StyleSimilarity.Score vsOwn = similarity.score(draft, own);
                StyleSimilarity.Score vsOther = similarity.score(draft, other);
                System.out.printf("style-metric draft call=%s rep=%s vsOwn=%.3f vsOther=%.3f own=%s%n",
                        call, own.repName(), vsOwn.total(), vsOther.total(), vsOwn);

                // the baseline: the same call drafted with no samples at all (the neutral profile)
                StyleProfile neutral = StyleProfile.neutral(own.repName());
                double unstyled = similarity.score(draft(call, neutral), own).total();
                System.out.printf("style-metric draft call=%s rep=%s neutralVsOwn=%.3f%n", call, own.repName(),
                        unstyled);

                assertThat(vsOwn.total()).isGreaterThan(vsOther.total() + 0.25);
                assertThat(vsOwn.total()).isGreaterThan(unstyled + 0.1);
                sumOwn += vsOwn.total();
                sumOther += vsOther.total();
                n++;
            }
        }
        System.out.printf("style-metric drafts mean vsOwn=%.3f vsOther=%.3f (n=%d)%n", sumOwn / n, sumOther / n, n);
    }

    /** The metric itself, on real emails: each held-out sample is closer to the rest of its rep than to the other. */
    @Test
    void heldOutSamplesAreCloserToTheirOwnRep() {
        double sumOwn = 0;
        double sumOther = 0;
        int n = 0;
        for (var rep : samples.entrySet()) {
            String otherName = rep.getKey().equals(Fixtures.CASUAL_REP) ? Fixtures.FORMAL_REP : Fixtures.CASUAL_REP;
            StyleProfile other = profiler.profile(otherName, samples.get(otherName));
            for (int i = 0; i < rep.getValue().size(); i++) {
                List<String> rest = new ArrayList<>(rep.getValue());
                String heldOut = rest.remove(i);
                StyleProfile own = profiler.profile(rep.getKey(), rest);
                double vsOwn = similarity.score(heldOut, own).total();
                double vsOther = similarity.score(heldOut, other).total();
                System.out.printf("style-metric held-out rep=%s sample=%d vsOwn=%.3f vsOther=%.3f%n",
                        rep.getKey(), i + 1, vsOwn, vsOther);

                assertThat(vsOwn).isGreaterThan(vsOther);
                sumOwn += vsOwn;
                sumOther += vsOther;
                n++;
            }
        }
        System.out.printf("style-metric held-out mean vsOwn=%.3f vsOther=%.3f (n=%d)%n", sumOwn / n, sumOther / n, n);
    }

    @Test
    void partsBehaveAsDocumented() {
        assertThat(StyleSimilarity.greeting("Hi {name},", "hi {name},")).isEqualTo(1.0);
        assertThat(StyleSimilarity.greeting("Hi {name}!", "Hi {name},")).isEqualTo(0.75);
        assertThat(StyleSimilarity.greeting("Hi {name} and team,", "Hi {name},")).isEqualTo(0.5);
        assertThat(StyleSimilarity.greeting("Dear {name},", "Hey {name}!")).isZero();
        assertThat(StyleSimilarity.signOff("Thanks,\nDana", "Thanks,\nDana")).isEqualTo(1.0);
        assertThat(StyleSimilarity.signOff("Thanks,\nDana Reyes", "Cheers,\nDana")).isEqualTo(0.25);
        assertThat(StyleSimilarity.signOff("Best,", "Best,")).isEqualTo(1.0);
        assertThat(StyleSimilarity.phrases("Let me know if I missed anything. Talk soon!",
                List.of("let me know if i missed anything", "talk soon", "happy to help", "onwards")))
                .isEqualTo(2.0 / 3);

        StyleProfile noPhrases = StyleProfile.neutral("Dana Reyes");
        StyleSimilarity.Score s = similarity.score("Hi Jo,\n\nThanks for the call.\n\nBest regards,\nDana Reyes",
                noPhrases);
        assertThat(s.phrases()).isNull();
        assertThat(s.greeting()).isEqualTo(1.0);
        assertThat(s.signOff()).isEqualTo(1.0);
        assertThat(s.total()).isBetween(0.0, 1.0);
    }

    private Draft draft(String call, StyleProfile style) {
        Transcript t = Fixtures.call(call, style.repName());
        CallContext ctx;
        List<ActionItem> items;
        if (call.startsWith("acme")) {
            ctx = Fixtures.context(style.repName(), List.of(Fixtures.customer("Jordan Lee", null),
                    Fixtures.customer("Priya Shah", null)), "Acme Logistics", "Dispatch discovery");
            var u = t.byId("u13").orElseThrow();
            items = List.of(new ActionItem(style.repName(), "Send over the security questionnaire answers",
                    LocalDate.of(2026, 12, 4), "by Friday", List.of(Evidence.of(u, u.text()))));
        } else {
            ctx = Fixtures.context(style.repName(), List.of(Fixtures.customer("Mei Tanaka", null)),
                    "Harbor Supply", null);
            items = List.of();
        }
        return drafter.draft(t, items, ctx, style).draft();
    }
}
