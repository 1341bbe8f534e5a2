package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every transcript of the shared third-party corpus when this machine has it (../shared/corpus or
 * FOLLOWTHROUGH_CORPUS); elsewhere the test is skipped and says so. The project's own copy of a subset is
 * checked in detail by {@link CorpusSubsetTest}.
 */
class SharedCorpusTest {

    /** The AMI test split is reserved for blind evaluation and is never read here. */
    private static final Pattern AMI_TEST_SPLIT = Pattern.compile("(ES2004|ES2014|IS1009|TS3003|TS3007)");
    private static final Pattern NOT_TRANSCRIPTS = Pattern.compile(
            ".*(/gold/|/source-xml/|tldr\\.json|MANIFEST|README|LICEN[CS]E).*");

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());

    static Path corpusRoot() {
        String env = System.getenv("FOLLOWTHROUGH_CORPUS");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared", "corpus");
        return Files.isDirectory(p) ? p : null;
    }

    @Test
    void everyTranscriptInTheSharedCorpusParses() throws IOException {
        Path root = corpusRoot();
        if (root == null) {
            System.out.println("SKIPPED: shared corpus not found at ../shared/corpus (set FOLLOWTHROUGH_CORPUS)");
        }
        assumeTrue(root != null, "shared corpus not found at ../shared/corpus (set FOLLOWTHROUGH_CORPUS)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !AMI_TEST_SPLIT.matcher(p.getFileName().toString()).find())
                    .filter(p -> !NOT_TRANSCRIPTS.matcher(p.toString().replace('\\', '/')).matches())
                    .sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        int rejectedFixtures = 0;
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            // The format fixtures include deliberately broken files: those must be rejected with a code, not crash.
            boolean mayBeBad = rel.startsWith("format-fixtures/");
            try {
                ParsedTranscript t = parser.parse(Files.readAllBytes(f), f.getFileName().toString(), null);
                assertThat(t.transcript().utterances()).isNotEmpty();
                System.out.printf("%-72s %-4s %5d utt %3d spk %d warnings%n", rel, t.format(),
                        t.transcript().utterances().size(), t.transcript().speakers().size(), t.warnings().size());
                parsed++;
            } catch (TranscriptRejectedException e) {
                if (mayBeBad) {
                    rejectedFixtures++;
                    System.out.printf("%-72s rejected: %s%n", rel, e.code());
                } else {
                    failures.add(rel + ": " + e.code() + " " + e.detail());
                }
            } catch (RuntimeException e) {
                failures.add(rel + ": " + e);
            }
        }
        System.out.printf("shared corpus: %d parsed, %d broken fixtures rejected with a code%n", parsed, rejectedFixtures);
        assertThat(failures).isEmpty();
        // 20 AMI + 10 Zoom VTT + 10 Zoom chats + 6 QMSum, plus the good format fixtures.
        assertThat(parsed).isGreaterThanOrEqualTo(46);
    }
}
