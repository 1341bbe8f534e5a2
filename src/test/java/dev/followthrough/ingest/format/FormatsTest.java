package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.followthrough.core.Utterance;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One hand-written fixture per accepted shape (src/test/resources/ingest/good), checked field by field. */
class FormatsTest {

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());

    private ParsedTranscript parse(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ingest/good/" + name)) {
            return parser.parse(in.readAllBytes(), name, null);
        }
    }

    private static List<Utterance> utterances(ParsedTranscript p) {
        return p.transcript().utterances();
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void zoomVttWithCrlfMergesOneSpeakersCuesAndDropsScript() throws IOException {
        ParsedTranscript p = parse("zoom-crlf.vtt");

        assertThat(p.format()).isEqualTo(TranscriptFormat.VTT);
        assertThat(p.warnings()).isEmpty();
        assertThat(utterances(p)).extracting(Utterance::id, Utterance::speaker, Utterance::start, Utterance::end).containsExactly(
                tuple("u1", "Dana Reyes", ms(3120), ms(12010)),
                tuple("u2", "Jordan Lee", ms(12900), ms(18300)),
                tuple("u3", "Iván | ethrex", ms(18300), ms(24050)),
                tuple("u4", "Dana Reyes", ms(24500), ms(27000)));
        assertThat(utterances(p).get(0).text()).isEqualTo("Thanks for making time today, Jordan. I wanted to walk "
                + "through the rollout plan and the pricing questions from last week.");
        assertThat(utterances(p).get(1).text()).isEqualTo("Sure. Our ops team is worried about the & the migration window.");
        assertThat(p.sourceIds()).containsEntry("u1", List.of("1", "2")).containsEntry("u4", List.of("5"));
    }

    @Test
    void teamsVttWithGuidIdsAndVoiceTagsWithAndWithoutClosingTag() throws IOException {
        ParsedTranscript p = parse("teams-guid.vtt");

        assertThat(p.warnings()).isEmpty();
        assertThat(utterances(p)).extracting(Utterance::speaker, Utterance::text).containsExactly(
                tuple("Dana Reyes", "Good morning everyone, thanks for joining. Shall we start with the security review?"),
                tuple("Priya Natarajan", "Yes, our CISO needs the SOC 2 report"),
                // Text outside any voice span is left without a speaker rather than guessed.
                tuple(null, "So, to be clear:"),
                tuple("Jordan Lee", "I will sign the NDA today."),
                tuple("Dana Reyes", "Great!"),
                tuple("Priya Natarajan", "Thanks."));
        assertThat(utterances(p).get(0).start()).isEqualTo(ms(1000));
        assertThat(utterances(p).get(0).end()).isEqualTo(ms(6000));
        assertThat(p.sourceIds()).containsEntry("u1", List.of("e84a7995-f8d8-40dc-845a-223814337f09/12-0",
                "e84a7995-f8d8-40dc-845a-223814337f09/12-1"));
        assertThat(p.sourceIds()).containsEntry("u5", List.of("e84a7995-f8d8-40dc-845a-223814337f09/15-0"));
    }

    @Test
    void genericVttSkipsNoteStyleRegionAndCueSettings() throws IOException {
        ParsedTranscript p = parse("captions-generic.vtt");

        assertThat(p.transcript().speakers()).isEmpty();
        assertThat(utterances(p)).extracting(Utterance::start, Utterance::text).containsExactly(
                tuple(ms(0), "Welcome to the quarterly review."),
                tuple(ms(2500), "We hit our numbers."),
                tuple(ms(5000), "Bold claims & facts \u2014 really."));
    }

    @Test
    void srtWithSpeakerPrefixesItalicsAndPositionTags() throws IOException {
        ParsedTranscript p = parse("speakers.srt");

        assertThat(p.format()).isEqualTo(TranscriptFormat.SRT);
        assertThat(utterances(p)).extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text).containsExactly(
                tuple("Dana Reyes", ms(1000), ms(3200), "Hi Jordan, can you hear me?"),
                tuple("Jordan Lee", ms(3400), ms(8750), "Loud and clear. We need the pilot live before the end of March."),
                tuple("Dana Reyes", ms(9000), ms(10000), "Understood."));
    }

    @Test
    void plainNameColonTextWithContinuationLines() throws IOException {
        ParsedTranscript p = parse("text-colon.txt");

        assertThat(p.format()).isEqualTo(TranscriptFormat.TEXT);
        assertThat(utterances(p)).extracting(Utterance::speaker, Utterance::start, Utterance::text).containsExactly(
                tuple("Dana Reyes", null, "Thanks for joining, everyone."),
                tuple("Jordan Lee", null, "Happy to be here. We have about twenty minutes."),
                tuple("Dana Reyes", null, "Then let's get to pricing."),
                tuple("Jordan Lee", null, "Sounds good: we need three tiers."));
    }

    @Test
    void bracketedTimestampsAndHourLongCalls() throws IOException {
        assertThat(utterances(parse("text-bracketed.txt"))).extracting(Utterance::speaker, Utterance::start).containsExactly(
                tuple("Dana Reyes", Duration.ofSeconds(5)),
                tuple("Jordan Lee", Duration.ofSeconds(11)),
                tuple("Dana Reyes", Duration.ofSeconds(62)),
                tuple("Jordan Lee", Duration.ofSeconds(3723)));
        assertThat(utterances(parse("text-bracketed.txt")).get(2).text())
                .isEqualTo("And I will share the ROI model with your finance team.");
    }

    @Test
    void bareTimestampsDashesAndParentheses() throws IOException {
        assertThat(utterances(parse("text-stamped.txt"))).extracting(Utterance::speaker, Utterance::start).containsExactly(
                tuple("Dana Reyes", Duration.ofSeconds(5)),
                tuple("Jordan Lee", Duration.ofSeconds(9)),
                tuple("Priya Natarajan", Duration.ofSeconds(12)));
    }

    @Test
    void otterHeaderLinesThenText() throws IOException {
        assertThat(utterances(parse("otter.txt"))).extracting(Utterance::speaker, Utterance::start, Utterance::text).containsExactly(
                tuple("Dana Reyes", Duration.ofSeconds(3), "Thanks for jumping on. Quick agenda: pricing, then rollout."),
                // "Action: ..." inside an Otter block is text, not a speaker called Action.
                tuple("Jordan Lee", Duration.ofSeconds(12), "Works for me. Action: we still need the security questionnaire."),
                tuple("Dana Reyes", Duration.ofSeconds(3940), "I'll send it over tonight."));
    }

    @Test
    void teamsCopyWithTimesInParentheses() throws IOException {
        assertThat(utterances(parse("teams-copy.txt"))).extracting(Utterance::speaker, Utterance::start, Utterance::text)
                .containsExactly(tuple("Dana Reyes", Duration.ofSeconds(4), "Can everyone see my screen?"),
                        tuple("Jordan Lee", Duration.ofSeconds(9), "Yes, we can."));
    }

    @Test
    void olderZoomChatExport() throws IOException {
        assertThat(utterances(parse("zoom-chat-old.txt"))).extracting(Utterance::speaker, Utterance::text).containsExactly(
                tuple("Dana Reyes", "Here is the deck https://example.com/deck"), tuple("Jordan Lee", "thanks!"));
    }

    @Test
    void jsonArrayInSecondsMergesAndDropsBlankSegments() throws IOException {
        ParsedTranscript p = parse("segments-seconds.json");

        assertThat(p.format()).isEqualTo(TranscriptFormat.JSON);
        assertThat(utterances(p)).extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text).containsExactly(
                tuple("Dana Reyes", ms(1500), ms(4250), "Let's talk about the renewal."),
                tuple("Jordan Lee", ms(4500), ms(11000), "We want a two-year term. With a price lock."),
                tuple("Dana Reyes", ms(12100), ms(14000), "I can do that."));
        assertThat(p.warnings()).anyMatch(w -> w.contains("1 segment(s) had no text"));
    }

    @Test
    void jsonLinesOneSegmentPerLine() throws IOException {
        ParsedTranscript p = parse("segments.jsonl");

        assertThat(p.format()).isEqualTo(TranscriptFormat.JSON);
        assertThat(utterances(p)).extracting(Utterance::speaker, Utterance::start, Utterance::text)
                .containsExactly(tuple("Dana Reyes", ms(500), "Hi Jordan."), tuple("Jordan Lee", ms(2200), "Hi!"));
    }

    @Test
    void jsonClockStringsAndIsoDurations() throws IOException {
        assertThat(utterances(parse("segments-clock-strings.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::end)
                .containsExactly(tuple("Dana Reyes", ms(1500), ms(4000)), tuple("Jordan Lee", ms(62250), ms(65000)));
    }

    @Test
    void whisperSegmentsWithoutSpeakers() throws IOException {
        assertThat(utterances(parse("whisper-segments.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::text)
                .containsExactly(tuple(null, ms(0), "Hello there."), tuple(null, ms(2400), "General Kenobi."));
    }

    @Test
    void assemblyAiUtterancesAreMillisecondsAndWinOverTheWordList() throws IOException {
        assertThat(utterances(parse("assemblyai.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text)
                .containsExactly(tuple("Speaker A", ms(250), ms(650), "Hi."),
                        tuple("Speaker B", ms(1200), ms(1800), "Hello."),
                        tuple("Speaker A", ms(61000), ms(62500), "Bye."));
    }

    @Test
    void deepgramUtterancesAndParagraphs() throws IOException {
        assertThat(utterances(parse("deepgram-utterances.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::text)
                .containsExactly(tuple("Speaker 0", ms(80), "Hi there."), tuple("Speaker 1", ms(1500), "How are you?"));
        assertThat(utterances(parse("deepgram-paragraphs.json"))).extracting(Utterance::speaker, Utterance::end, Utterance::text)
                .containsExactly(tuple("Speaker 0", ms(1200), "Hi there. Welcome."), tuple("Speaker 1", ms(3000), "How are you?"));
    }

    @Test
    void firefliesSentencesUseTheSpeakerNameNotTheId() throws IOException {
        assertThat(utterances(parse("fireflies-sentences.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::text)
                .containsExactly(tuple("Dana Reyes", ms(3200), "Can we lock the date?"),
                        tuple("Jordan Lee", ms(5400), "November 3rd works."));
    }

    @Test
    void revAiMonologuesJoinTheirElements() throws IOException {
        assertThat(utterances(parse("revai-monologues.json"))).extracting(Utterance::speaker, Utterance::text)
                .containsExactly(tuple("Dana Reyes", "Hello, Jordan."), tuple("Speaker 1", "Hi!"));
    }

    @Test
    void speakerObjectsMillisecondKeysAndDurations() throws IOException {
        assertThat(utterances(parse("speaker-objects-ms.json"))).extracting(Utterance::speaker, Utterance::start, Utterance::end)
                .containsExactly(tuple("Dana Reyes", ms(1500), ms(3000)), tuple("Jordan Lee", ms(3500), ms(5000)));
    }

    @Test
    void aTranscriptHeldAsOneJsonStringIsReadAsText() throws IOException {
        ParsedTranscript p = parse("embedded-text.json");

        assertThat(utterances(p)).extracting(Utterance::speaker).containsExactly("Dana Reyes", "Jordan Lee");
        assertThat(p.warnings()).anyMatch(w -> w.contains("one text field"));
    }

    @Test
    void integerTimesBeyondADayAreReadAsMillisecondsWithAWarning() throws IOException {
        ParsedTranscript p = parse("integer-milliseconds-unlabelled.json");

        assertThat(utterances(p)).extracting(Utterance::start).containsExactly(Duration.ofSeconds(120), Duration.ofSeconds(195));
        assertThat(p.warnings()).anyMatch(w -> w.contains("milliseconds"));
    }
}
