package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.followthrough.core.Utterance;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class NormalisationTest {

    private static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana Reyes: Café at ten?\n\n"
            + "00:00:02.500 --> 00:00:03.000\nJordan Lee: Sure.\n";

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());

    private ParsedTranscript parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hello <b>world</b>                                   | Hello world
            line one<br>line two<p>three</p>                     | line one line two three
            Before<script type="x">steal(document.cookie)</script> after | Before after
            a &lt;script&gt;alert(1)&lt;/script&gt; b          | a b
            Unclosed <script>var x = 1; and the rest            | Unclosed
            <!-- hidden --> visible                             | visible
            Tom &amp; Jerry &#8212; &#x263A; &nbsp;ok &bogus;   | Tom & Jerry — ☺ ok &bogus;
            we need <5 seats> and x < y                         | we need <5 seats> and x < y
            so {disfmarker} we 're OK .                         | so we're OK.
            it does n't matter , right ?                        | it doesn't matter, right?
            {\\an8}Top line                                     | Top line
            zero\u200Bwidth and\u00A0nbsp                       | zerowidth and nbsp
            <c.colorE5E5E5><00:00:01.000>spoken</c>             | spoken
            """)
    void markupIsStrippedWordsAreKept(String raw, String expected) {
        assertThat(Markup.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"UTF-8,EFBBBF", "UTF-16LE,FFFE", "UTF-16BE,FEFF"})
    void decodesUtf8AndUtf16WithByteOrderMark(String charset, String bomHex) {
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        byte[] body = VTT.getBytes(Charset.forName(charset));
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        ParsedTranscript p = parser.parse(all, "call.vtt", null);

        assertThat(p.format()).isEqualTo(TranscriptFormat.VTT);
        assertThat(p.transcript().utterances()).extracting(Utterance::speaker, Utterance::text)
                .containsExactly(tuple("Dana Reyes", "Café at ten?"), tuple("Jordan Lee", "Sure."));
    }

    @Test
    void contentDecidesTheFormatNotTheFileName() {
        ParsedTranscript p = parser.parse(VTT.getBytes(StandardCharsets.UTF_8), "export.txt", null);

        assertThat(p.format()).isEqualTo(TranscriptFormat.VTT);
    }

    @Test
    void aForcedFormatIsHonoured() {
        String json = "[{\"speaker\": \"Dana\", \"text\": \"hi\"}]";
        assertThat(parser.parse(json.getBytes(StandardCharsets.UTF_8), "a.txt", TranscriptFormat.JSON).format())
                .isEqualTo(TranscriptFormat.JSON);
        // A WebVTT file whose header was lost is still read as WebVTT when the caller says so.
        String headless = "00:00:01.000 --> 00:00:02.000\nDana: hi\n";
        ParsedTranscript p = parser.parse(headless.getBytes(StandardCharsets.UTF_8), null, TranscriptFormat.VTT);
        assertThat(p.format()).isEqualTo(TranscriptFormat.VTT);
        assertThat(p.warnings()).anyMatch(w -> w.contains("WEBVTT header"));
    }

    @Test
    void aForcedFormatThatDoesNotFitSaysWhatTheFileIs() {
        var e = BadInputTest.assertRejected(
                () -> parser.parse(VTT.getBytes(StandardCharsets.UTF_8), "a.vtt", TranscriptFormat.SRT), "wrong-format");
        assertThat(e.detail()).contains("read as srt", "WEBVTT header");
    }

    @Test
    void oneSpeakersCuesMergeUpToTheLengthCapAndNotAcrossLongPauses() {
        String sentence = "This sentence is exactly fifty characters long ok.";
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < 6; i++) {
            vtt.append(String.format("00:00:%02d.000 --> 00:00:%02d.000%nDana: %s%n%n", i * 2, i * 2 + 1, sentence));
        }
        vtt.append("00:02:00.000 --> 00:02:01.000\nDana: After a long pause.\n");
        DefaultTranscriptParser capped = new DefaultTranscriptParser(new IngestLimits(DataSize.ofMegabytes(1), 1000, 160));

        List<Utterance> u = capped.parse(vtt.toString().getBytes(StandardCharsets.UTF_8), null, null).transcript().utterances();

        assertThat(u).extracting(Utterance::start, Utterance::end).containsExactly(
                tuple(Duration.ofSeconds(0), Duration.ofSeconds(5)),
                tuple(Duration.ofSeconds(6), Duration.ofSeconds(11)),
                tuple(Duration.ofSeconds(120), Duration.ofSeconds(121)));
        assertThat(u).allSatisfy(x -> assertThat(x.text().length()).isLessThanOrEqualTo(160));
    }

    @Test
    void cuesWithoutASpeakerAreNeverMergedOrAttributed() {
        List<Utterance> u = parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfirst\n\n00:00:02.000 --> 00:00:03.000\nsecond\n")
                .transcript().utterances();

        assertThat(u).extracting(Utterance::speaker, Utterance::text).containsExactly(tuple(null, "first"), tuple(null, "second"));
    }

    @Test
    void outOfOrderCuesAreSortedWithAWarning() {
        ParsedTranscript p = parse("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nJordan: later\n\n"
                + "00:00:01.000 --> 00:00:02.000\nDana: earlier\n\n00:00:07.000 --> 00:00:08.000\nDana: last\n");

        assertThat(p.transcript().utterances()).extracting(Utterance::id, Utterance::text)
                .containsExactly(tuple("u1", "earlier"), tuple("u2", "later"), tuple("u3", "last"));
        assertThat(p.warnings()).anyMatch(w -> w.contains("out of time order") && w.contains("line 6"));
    }

    @Test
    void overlappingCuesAreKeptWithAWarning() {
        ParsedTranscript p = parse("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nDana: long answer\n\n"
                + "00:00:03.000 --> 00:00:04.000\nJordan: interrupting\n");

        assertThat(p.transcript().utterances()).hasSize(2);
        assertThat(p.warnings()).anyMatch(w -> w.contains("talking over each other"));
    }

    @Test
    void zoomStylePrefixesNeedMostCuesToHaveThem() {
        // A caption that happens to contain a colon does not turn "Remember" into a speaker.
        List<Utterance> u = parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nRemember: be kind\n\n"
                + "00:00:02.000 --> 00:00:03.000\nand patient\n\n00:00:03.000 --> 00:00:04.000\nalways\n").transcript().utterances();

        assertThat(u).extracting(Utterance::speaker).containsOnlyNulls();
        assertThat(u.get(0).text()).isEqualTo("Remember: be kind");
    }

    /** Inputs built to make a careless regex backtrack; each must be answered (parsed or rejected) promptly. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<", "<v ", "a:", "[0", "{\\", "&#", " -", "00:00:01.000 --> ",
        "<script>", "<!--", "{\"a\":", "[", "Dana Reyes  0:0", "[00:00:01] A: ", "&amp;"})
    void pathologicalInputsAreAnsweredPromptly(String unit) {
        // 500 KB: linear work takes well under a second, a quadratic regex takes minutes.
        String body = unit.repeat(500_000 / unit.length());
        byte[] bytes = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: " + body + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] plain = body.getBytes(StandardCharsets.UTF_8);

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (byte[] input : List.of(bytes, plain)) {
                try {
                    parser.parse(input, null, null);
                } catch (dev.followthrough.ingest.TranscriptRejectedException expected) {
                    assertThat(expected.code()).isNotBlank();
                }
            }
        });
    }

    @Test
    void aShortExchangeWhereEachPersonSpeaksOnceIsATranscript() {
        List<Utterance> u = parse("Dana: Can you do Tuesday?\nJordan: Yes.\nPriya: Works for me.\n").transcript().utterances();

        assertThat(u).extracting(Utterance::speaker).containsExactly("Dana", "Jordan", "Priya");
    }

    @Test
    void limitsBindFromPropertiesWithDefaults() {
        IngestLimits defaults = new Binder(new MapConfigurationPropertySource(Map.of("followthrough.ingest.max-utterances", "99")))
                .bindOrCreate("followthrough.ingest", IngestLimits.class);
        IngestLimits custom = new Binder(new MapConfigurationPropertySource(Map.of("followthrough.ingest.max-bytes", "2MB")))
                .bindOrCreate("followthrough.ingest", IngestLimits.class);

        assertThat(defaults.maxBytes()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.maxUtterances()).isEqualTo(99);
        assertThat(custom.maxBytes()).isEqualTo(DataSize.ofMegabytes(2));
        assertThat(custom.maxUtteranceChars()).isEqualTo(2000);
    }
}
