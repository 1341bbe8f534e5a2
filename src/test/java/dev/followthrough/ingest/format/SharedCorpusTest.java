package dev.followthrough.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.ingest.ParsedTranscript;
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
                    .filter(p -> !p.toString().contains("format-fixtures"))
                    .sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (Path f : files) {
            try {
                ParsedTranscript t = parser.parse(Files.readAllBytes(f), f.getFileName().toString(), null);
                assertThat(t.transcript().utterances()).isNotEmpty();
                System.out.printf("%-70s %-4s %5d utt %3d spk %s%n", root.relativize(f), t.format(),
                        t.transcript().utterances().size(), t.transcript().speakers().size(), t.warnings());
                parsed++;
            } catch (RuntimeException e) {
                failures.add(root.relativize(f) + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(parsed).isGreaterThanOrEqualTo(30);
    }
}
