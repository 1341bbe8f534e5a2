package dev.followthrough.drafting.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.drafting.Fixtures;
import dev.followthrough.drafting.StyleProfile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedStyleProfilerTest {

    private final RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();

    @Test
    void learnsTheCasualRepsHabits() {
        StyleProfile p = profiler.profile(Fixtures.CASUAL_REP, Fixtures.samples("rep-casual"));

        assertThat(p.sampleCount()).isEqualTo(5);
        assertThat(p.greeting()).isEqualTo("Hey {name}!");
        assertThat(p.signOff()).isEqualTo("Cheers,\nMax");
        assertThat(p.usesBullets()).isTrue();
        assertThat(p.bulletMarker()).isEqualTo("- ");
        assertThat(p.subjectPattern()).isEqualTo("Recap + next steps: {topic}");
        assertThat(p.nextStepsIntro()).isEqualTo("Next up:");
        assertThat(p.closingLine()).isEqualTo("Shout if I missed anything!");
        assertThat(p.openingLine()).isEqualTo("Thanks for the time today, super useful.");
        assertThat(p.typicalPhrases()).containsExactly("shout if i missed anything", "thanks for the time");
        assertThat(p.formality()).isLessThan(0.4);
    }

    @Test
    void learnsTheFormalRepsHabits() {
        StyleProfile p = profiler.profile(Fixtures.FORMAL_REP, Fixtures.samples("rep-formal"));

        assertThat(p.greeting()).isEqualTo("Dear {name},");
        assertThat(p.signOff())
                .isEqualTo("Kind regards,\nEleanor Whitfield\nSenior Account Executive, Northwind Analytics");
        assertThat(p.usesBullets()).isFalse();
        assertThat(p.subjectPattern()).isEqualTo("Follow-up on our meeting regarding the {topic}");
        assertThat(p.closingLine())
                .isEqualTo("Please do not hesitate to contact me should you have any questions in the meantime.");
        assertThat(p.formality()).isGreaterThan(0.6);
        assertThat(p.typicalPhrases()).anyMatch(phrase -> phrase.startsWith("thank you for taking the time to"))
                .contains("in accordance with our discussion");
    }

    @Test
    void typicalLengthIsTheMedianBodyLength() {
        List<String> samples = Fixtures.samples("rep-formal");
        int[] bodyWords = samples.stream()
                .mapToInt(s -> s.substring(s.indexOf('\n') + 1).strip().split("\\s+").length).sorted().toArray();
        int expected = (bodyWords[1] + bodyWords[2]) / 2; // four samples

        assertThat(profiler.profile(Fixtures.FORMAL_REP, samples).typicalWords()).isEqualTo(expected);
        assertThat(Arrays.stream(bodyWords).min().getAsInt()).isLessThan(expected);
    }

    @Test
    void phrasesNeverHoldNamesNumbersOrDates() {
        for (String rep : List.of("rep-casual", "rep-formal")) {
            for (String phrase : profiler.profile("x", Fixtures.samples(rep)).typicalPhrases()) {
                assertThat(phrase).doesNotContainPattern("\\d")
                        .doesNotContainPattern("\\b(sam|priya|luis|mei|dana|okafor|hartmann|max|eleanor)\\b")
                        .doesNotContainPattern("\\b(thursday|friday|spring|quarter)\\b");
            }
        }
    }

    @Test
    void noSamplesGiveTheNeutralDefault() {
        StyleProfile p = profiler.profile("Dana Reyes", List.of());

        assertThat(p.sampleCount()).isZero();
        assertThat(p.greeting()).isEqualTo("Hi {name},");
        assertThat(p.signOff()).isEqualTo("Best regards,\nDana Reyes");
        assertThat(p.formality()).isEqualTo(0.5);
        assertThat(p.typicalPhrases()).isEmpty();
        assertThat(profiler.profile("Dana Reyes", null)).isEqualTo(p);
    }

    @Test
    void greetingsGeneraliseTheAddresseeButNotAGroup() {
        assertThat(EmailAnatomy.generaliseGreeting("Hi Jordan,")).isEqualTo("Hi {name},");
        assertThat(EmailAnatomy.generaliseGreeting("Dear Ms. Lee,")).isEqualTo("Dear {name},");
        assertThat(EmailAnatomy.generaliseGreeting("Good morning Jordan and Sam!")).isEqualTo("Good morning {name}!");
        assertThat(EmailAnatomy.generaliseGreeting("Jordan -")).isEqualTo("{name} -");
        assertThat(EmailAnatomy.generaliseGreeting("Hi team,")).isEqualTo("Hi team,");
        assertThat(EmailAnatomy.generaliseGreeting("Hello all,")).isEqualTo("Hello all,");
    }

    @Test
    void inlineGreetingSignatureWithoutClosingWordAndQuotedReplyAreHandled() {
        String email = """
                Subject: RE: Re: numbers for Friday

                Hi Jordan, thanks for the quick turnaround on this.

                The numbers look right to me. Can we lock the order form next?

                - Sam
                Acme Corp | +1 555 010 2000

                On Mon, Nov 30, 2026 at 9:12 AM Jordan Lee <jordan@example.test> wrote:
                > Here are the numbers we talked about.
                > Thanks,
                > Jordan
                """;
        EmailAnatomy a = EmailAnatomy.parse(email);

        assertThat(a.subject()).isEqualTo("numbers for Friday");
        assertThat(a.greetingPattern()).isEqualTo("Hi {name},");
        assertThat(a.signOff()).isEqualTo("- Sam\nAcme Corp | +1 555 010 2000");
        assertThat(a.content()).noneMatch(l -> l.contains("Here are the numbers"));
        assertThat(a.words()).isLessThan(35);
    }

    @Test
    void numberedListsAreBulletsToo() {
        String email = "Hi Jo,\n\nAgreed next steps:\n1. Send the deck\n2. Book the demo\n\nBest,\nKim";
        EmailAnatomy a = EmailAnatomy.parse(email);

        assertThat(a.hasList()).isTrue();
        assertThat(a.bulletMarker()).isEqualTo("1. ");
        assertThat(a.listIntro()).isEqualTo("Agreed next steps:");
        assertThat(a.signOff()).isEqualTo("Best,\nKim");
    }

    @Test
    void hugeOrOddEmailsAreProfiledQuickly() {
        String wall = "word and Name ".repeat(7000);
        long started = System.nanoTime();
        StyleProfile p = profiler.profile("Kim", List.of(wall, wall + "\n\nThanks,\nKim", "Subject:", "   ", "\n\n"));
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertThat(p.sampleCount()).isEqualTo(2); // blank ones and a bare subject line teach nothing
        assertThat(p.signOff()).isEqualTo("Thanks,\nKim");
        assertThat(ms).isLessThan(5000);
    }

    @Test
    void formalityOrdersObviouslyDifferentEmails() {
        double casual = Formality.score(EmailAnatomy.parse(
                "Hey Jo!\n\nAwesome chat today! We're gonna loop in IT, no worries. Can't wait!\n\nCheers,\nKim"));
        double formal = Formality.score(EmailAnatomy.parse(
                "Dear Ms. Jones,\n\nThank you for meeting with us on behalf of the procurement committee. We shall "
                        + "provide the requested documentation in advance of the committee's next session.\n\n"
                        + "Kind regards,\nKim Park"));

        assertThat(casual).isLessThan(0.3);
        assertThat(formal).isGreaterThan(0.8);
    }
}
