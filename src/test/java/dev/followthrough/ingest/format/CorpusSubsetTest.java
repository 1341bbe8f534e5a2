package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third-party subset in src/test/resources/ingest/corpus. Expected values were counted from the raw
 * files with a separate script (cue/turn counts, speaker sets, word counts, first and last times), not
 * copied from this parser's output, and the README of each source folder states some of them too.
 */
class CorpusSubsetTest {

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());

    static byte[] resource(String path) throws IOException {
        try (InputStream in = CorpusSubsetTest.class.getResourceAsStream("/ingest/corpus/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    /**
     * speakerRuns = number of changes of speaker + 1 in the raw file, i.e. the utterance count if every run of
     * one speaker merged completely; the parser may split a run further (length cap, long pauses), never less.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ethereum-pm-calls/artifacts/acde/2026-07-16_241/transcript.vtt         | VTT  | 7 | 43  | 2732 | PT3M22.71S | PT28M38.26S  | Justin Florentine (Besu)
            ethereum-pm-calls/artifacts/allwalletdevs/2026-05-20_039/transcript.vtt | VTT | 1 | 1   | 375  | PT1M57.23S | PT8M19.22S   | Z. Victor Zhou (xinbenlv)
            ethereum-pm-calls/artifacts/focil/2026-08-04_039/transcript.vtt        | VTT  | 6 | 32  | 1617 | PT2M39.08S | PT25M56.819S | Fabio Di Fabio
            ami/transcripts/ES2003a.json                                           | JSON | 4 | 106 | 2033 | PT2.13S    | PT18M46.69S  | Project Manager
            ami/transcripts/IS1008a.json                                           | JSON | 4 | 146 | 2504 | PT34.29S   | PT15M3.5S    | User Interface Designer
            """)
    void timedTranscriptsKeepEverySpeakerWordAndTime(String path, TranscriptFormat format, int speakers, int speakerRuns,
            int words, Duration firstStart, Duration lastEnd, String someSpeaker) throws IOException {
        ParsedTranscript parsed = parser.parse(resource(path), path, null);
        Transcript t = parsed.transcript();
        List<Utterance> u = t.utterances();

        assertThat(parsed.format()).isEqualTo(format);
        assertThat(t.speakers()).hasSize(speakers).contains(someSpeaker);
        assertThat(u.size()).isBetween(speakerRuns, speakerRuns + speakerRuns / 10 + 2);
        assertThat(t.wordCount()).isEqualTo(words);
        assertThat(u.get(0).start()).isEqualTo(firstStart);
        assertThat(u.stream().map(Utterance::end).max(Duration::compareTo)).contains(lastEnd);
        assertIdsAndOrder(u);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            qmsum/data/ALL/train/education_1.json | 8 | 91  | Lynne Neagle AM
            qmsum/data/ALL/val/Bed010.json        | 7 | 607 | Grad D
            """)
    void untimedQmsumTurns(String path, int speakers, int speakerRuns, String someSpeaker) throws IOException {
        Transcript t = parser.parse(resource(path), path, null).transcript();

        assertThat(t.speakers()).hasSize(speakers).contains(someSpeaker);
        assertThat(t.utterances()).hasSize(speakerRuns);
        assertThat(t.utterances()).allSatisfy(x -> {
            assertThat(x.start()).isNull();
            assertThat(x.text()).doesNotContain("{disfmarker}", "{vocalsound}", " ,", "\u00A0").isNotBlank();
        });
        assertIdsAndOrder(t.utterances());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            format-fixtures/transcript-cleanup/teams.vtt       | 1  | Jean Lescure   | PT4.795S  | PT27.235S
            format-fixtures/webvtt-py/teams_timeframe.vtt      | 2  | Adrian Petrescu | PT0S     | PT1.13S
            """)
    void teamsExports(String path, int utterances, String speaker, Duration start, Duration end) throws IOException {
        Transcript t = parser.parse(resource(path), path, null).transcript();

        assertThat(t.utterances()).hasSize(utterances);
        assertThat(t.speakers()).contains(speaker);
        assertThat(t.utterances().get(0).start()).isEqualTo(start);
        assertThat(t.utterances().get(utterances - 1).end()).isEqualTo(end);
        assertThat(t.utterances()).allSatisfy(x -> assertThat(x.text()).doesNotContain("<", ">"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            format-fixtures/transcript-cleanup/basic.vtt       | 5  | PT0.009S   | What is the art of the possible with building an agentic workflow?
            format-fixtures/webvtt-py/sample.vtt               | 16 | PT0.5S     | Caption text #2
            format-fixtures/webvtt-py/captions_with_bom.vtt    | 4  | PT0.5S     | Caption text #1
            format-fixtures/webvtt-py/comments.vtt             | 3  | PT2M15S    | - Ta en kopp varmt te. - Det är inte varmt.
            format-fixtures/webvtt-py/styles.vtt               | 1  | PT0S       | - Hello world.
            format-fixtures/webvtt-py/metadata_headers.vtt     | 2  | PT0.5S     | Caption text #1
            format-fixtures/webvtt-py/metadata_headers_multiline.vtt | 2 | PT0.5S | Caption text #2
            format-fixtures/webvtt-py/using_identifiers.vtt    | 6  | PT0.5S     | Caption text #4
            format-fixtures/webvtt-py/cue_tags.vtt             | 3  | PT16.5S    | That's amore
            format-fixtures/webvtt-py/youtube_dl.vtt           | 4  | PT4M46.07S | this will happen is I'm telling
            format-fixtures/webvtt-py/one_caption.vtt          | 1  | PT0.5S     | Caption text #1
            format-fixtures/webvtt-py/sample.srt               | 5  | PT0.5S     | Caption text #5
            format-fixtures/webvtt-py/one_caption.srt          | 1  | PT0.5S     | Caption text #1
            """)
    void captionFixturesWithoutSpeakers(String path, int cues, Duration firstStart, String someText) throws IOException {
        Transcript t = parser.parse(resource(path), path, null).transcript();

        assertThat(t.utterances()).hasSize(cues);
        assertThat(t.speakers()).isEmpty();
        assertThat(t.utterances().get(0).start()).isEqualTo(firstStart);
        assertThat(t.utterances()).extracting(Utterance::text).contains(someText);
    }

    /** The tolerated webvtt-py "invalid" fixtures: what they lose is reported as a warning, never silently. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            format-fixtures/webvtt-py/missing_caption_text.vtt         | 4 | no text
            format-fixtures/webvtt-py/missing_timeframe.vtt            | 6 | no timing line
            format-fixtures/webvtt-py/invalid_timeframe_in_cue_text.vtt | 3 | no text
            format-fixtures/webvtt-py/missing_caption_text.srt         | 4 | no text
            format-fixtures/webvtt-py/missing_timeframe.srt            | 4 | no timing line
            format-fixtures/webvtt-py/invalid.vtt                      | 7 | WEBVTT header
            format-fixtures/webvtt-py/invalid_timeframe.srt            | 5 |
            """)
    void toleratedFixturesWarn(String path, int cues, String warning) throws IOException {
        ParsedTranscript parsed = parser.parse(resource(path), path, null);

        assertThat(parsed.transcript().utterances()).hasSize(cues);
        if (warning != null) {
            assertThat(String.join("\n", parsed.warnings())).contains(warning);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            format-fixtures/webvtt-py/empty.vtt                 | empty
            format-fixtures/webvtt-py/no_captions.vtt           | no-utterances
            format-fixtures/webvtt-py/invalid_timeframe.vtt     | bad-timestamp
            format-fixtures/webvtt-py/invalid_format1.srt       | unknown-format
            format-fixtures/webvtt-py/invalid_format2.srt       | unknown-format
            format-fixtures/webvtt-py/invalid_format3.srt       | unknown-format
            format-fixtures/webvtt-py/invalid_format4.srt       | truncated
            """)
    void rejectedFixtures(String path, String code) throws IOException {
        byte[] bytes = resource(path);
        BadInputTest.assertRejected(() -> parser.parse(bytes, path, null), code);
    }

    /** AMI gold cites dialogue-act ids; every one of them must still be findable after merging. */
    @ParameterizedTest
    @CsvSource({"ami/transcripts/ES2003a.json, 299, ES2003a.B.dialog-act.vkaraisk.1",
            "ami/transcripts/IS1008a.json, 256, IS1008a.A.dialog-act.s9553330.1"})
    void everyAmiDialogueActIdMapsToExactlyOneUtterance(String path, int acts, String firstActOfSpeaker) throws IOException {
        ParsedTranscript parsed = parser.parse(resource(path), path, null);

        List<String> all = parsed.sourceIds().values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(acts).doesNotHaveDuplicates().contains(firstActOfSpeaker);
        assertThat(parsed.sourceIds().keySet()).containsExactlyElementsOf(
                parsed.transcript().utterances().stream().map(Utterance::id).toList());
    }

    @org.junit.jupiter.api.Test
    void zoomChatExportReadsEveryMessageWithItsSender() throws IOException {
        String path = "ethereum-pm-calls/artifacts/allwalletdevs/2026-05-20_039/chat.txt";
        ParsedTranscript parsed = parser.parse(resource(path), path, null);

        assertThat(parsed.format()).isEqualTo(TranscriptFormat.TEXT);
        assertThat(parsed.transcript().speakers()).containsExactly("luc.eth", "Z. Victor Zhou (xinbenlv)");
        Utterance first = parsed.transcript().utterances().get(0);
        assertThat(first.start()).isEqualTo(Duration.ofSeconds(124));
        assertThat(first.text()).startsWith("heya");
        // A URL on its own line continues the message before it instead of becoming a speaker "https".
        assertThat(parsed.transcript().utterances()).anySatisfy(u ->
                assertThat(u.text()).contains("sam is absent as per https://github.com/ethereum/pm/issues/1997"));
    }

    static void assertIdsAndOrder(List<Utterance> u) {
        for (int i = 0; i < u.size(); i++) {
            assertThat(u.get(i).id()).isEqualTo("u" + (i + 1));
            assertThat(u.get(i).seq()).isEqualTo(i + 1);
            if (i > 0 && u.get(i).start() != null) {
                assertThat(u.get(i).start()).isGreaterThanOrEqualTo(u.get(i - 1).start());
            }
        }
    }
}
