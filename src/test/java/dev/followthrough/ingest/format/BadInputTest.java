package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * The bad-input corpus: every file under src/test/resources/ingest/bad is named
 * {@code <expected code>--<what is wrong>[--as-<forced format>].<ext>} and must be rejected with exactly that
 * code and a detail a user can act on.
 */
class BadInputTest {

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(BadInputTest.class.getResource("/ingest/bad").toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveFilesCoveringEveryCode() throws Exception {
        List<Path> files = badFiles().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(files.stream().map(p -> p.getFileName().toString().split("--")[0]).distinct())
                .contains("empty", "binary", "encoding", "unknown-format", "bad-timestamp", "truncated",
                        "no-utterances", "bad-json", "wrong-format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRejectedWithItsCode(Path file) throws IOException {
        String name = file.getFileName().toString();
        String[] parts = name.substring(0, name.lastIndexOf('.')).split("--");
        String code = parts[0];
        TranscriptFormat forced = Arrays.stream(parts).filter(p -> p.startsWith("as-"))
                .map(p -> TranscriptFormat.parse(p.substring(3)).orElseThrow()).findFirst().orElse(null);
        byte[] bytes = Files.readAllBytes(file);

        TranscriptRejectedException e = assertRejected(() -> parser.parse(bytes, name, forced), code);

        if (code.equals("bad-timestamp") && !name.endsWith(".json")) {
            assertThat(e.detail()).containsIgnoringCase("line ");
        }
        if (code.equals("bad-json") || code.equals("truncated") && name.endsWith(".json")) {
            assertThat(e.detail()).containsPattern("line \\d+, column \\d+|segment \\d+");
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        TranscriptRejectedException e = assertRejected(() -> parser.parse(big, "huge.vtt", null), "too-large");

        assertThat(e.detail()).contains("50.0 MB", "10.0 MB", "followthrough.ingest.max-bytes");
    }

    @Test
    void theByteLimitIsConfigurable() {
        byte[] vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: hello there\n".getBytes(StandardCharsets.UTF_8);
        DefaultTranscriptParser strict = new DefaultTranscriptParser(new IngestLimits(DataSize.ofBytes(20), 100, 2000));

        assertRejected(() -> strict.parse(vtt, "a.vtt", null), "too-large");
        assertThat(parser.parse(vtt, "a.vtt", null).transcript().utterances()).hasSize(1);
    }

    @Test
    void tooManyUtterancesIsRefused() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(i % 2 == 0 ? "Dana" : "Jordan").append(": line ").append(i).append('\n');
        }
        DefaultTranscriptParser strict = new DefaultTranscriptParser(new IngestLimits(DataSize.ofMegabytes(1), 10, 2000));

        TranscriptRejectedException e = assertRejected(
                () -> strict.parse(sb.toString().getBytes(StandardCharsets.UTF_8), "a.txt", null), "too-large");
        assertThat(e.detail()).contains("30 utterances", "at most 10");
    }

    @Test
    void latin1IsReportedWithItsLine() throws Exception {
        byte[] bytes = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        TranscriptRejectedException e = assertRejected(() -> parser.parse(bytes, "a.vtt", null), "encoding");
        assertThat(e.detail()).contains("0xE9", "line 4");
    }

    @Test
    void aMinuteOver59NamesTheLineAndTheValue() {
        byte[] bytes = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: a\n\n00:61:00.000 --> 00:61:01.000\nDana: b\n\n00:01:00.000 --> 00:01:01.000\nDana: c\n"
                .getBytes(StandardCharsets.UTF_8);

        TranscriptRejectedException e = assertRejected(() -> parser.parse(bytes, "a.vtt", null), "bad-timestamp");
        assertThat(e.detail()).contains("Line 6", "00:61:00.000");
    }

    static TranscriptRejectedException assertRejected(ThrowingCallable call, String code) {
        TranscriptRejectedException e = catchThrowableOfType(TranscriptRejectedException.class, call);
        assertThat(e).as("expected rejection with code " + code).isNotNull();
        assertThat(e.code()).as(e.detail()).isEqualTo(code);
        assertThat(e.detail()).hasSizeGreaterThan(25);
        return e;
    }
}
