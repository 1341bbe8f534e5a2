package dev.followthrough.llm;

import dev.followthrough.core.CallContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import dev.followthrough.rep.RepDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rep's own sent emails used as few-shot examples of their voice: those stored for the rep in the
 * {@link RepDirectory} (the roster the app imports), else {@code <few-shot-dir>/<email local part>/*.txt}, the layout
 * of {@code sample-transcripts/reps/}. Read on each call (small texts, one call per transcript).
 */
@Component
public class RepSampleEmails {

    private static final int MAX_CHARS = 1500;

    private final Path root;
    private final int count;
    private final ObjectProvider<RepDirectory> directory;

    @Autowired
    public RepSampleEmails(LlmProperties properties, ObjectProvider<RepDirectory> directory) {
        this.root = Path.of(properties.fewShotDir());
        this.count = properties.fewShotCount();
        this.directory = directory;
    }

    /** Folder only, for tests and for use without the roster. */
    RepSampleEmails(LlmProperties properties) {
        this(properties, null);
    }

    /** Up to {@code few-shot-count} emails of the call's rep, in file-name order; empty when none are found. */
    public List<String> samplesFor(CallContext context) {
        if (context == null || context.repEmail() == null || !context.repEmail().contains("@") || count <= 0) {
            return List.of();
        }
        RepDirectory reps = directory == null ? null : directory.getIfAvailable();
        if (reps != null) {
            List<String> stored = reps.byEmail(context.repEmail()).map(r -> reps.samples(r.id())).orElse(List.of());
            if (!stored.isEmpty()) {
                return stored.stream().limit(count).map(RepSampleEmails::cap).toList();
            }
        }
        String local = context.repEmail().substring(0, context.repEmail().indexOf('@')).toLowerCase(Locale.ROOT);
        if (!local.matches("[a-z0-9._+-]+")) {
            return List.of();
        }
        Path dir = root.resolve(local);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .limit(count)
                    .map(RepSampleEmails::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return cap(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cap(String text) {
        String s = text.strip();
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS) + "\n[...]";
    }
}
