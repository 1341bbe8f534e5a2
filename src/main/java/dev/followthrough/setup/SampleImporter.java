package dev.followthrough.setup;

import dev.followthrough.FollowthroughProperties;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a roster and transcripts from a folder laid out like {@code sample-transcripts/}: {@code reps.json},
 * {@code reps/<email-local-part>/*.txt} sample emails, and transcripts with their sidecars, which are
 * copied (never moved) into the inbox. Used once on the first start of the embedded default.
 */
@Component
public class SampleImporter {

    private static final Logger log = LoggerFactory.getLogger(SampleImporter.class);

    private final RepDirectory reps;
    private final JsonMapper json;
    private final FollowthroughProperties props;

    SampleImporter(RepDirectory reps, JsonMapper json, FollowthroughProperties props) {
        this.reps = reps;
        this.json = json;
        this.props = props;
    }

    public record Imported(int reps, int sampleEmails, int transcripts) {
    }

    public Imported importFrom(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.info("No sample folder at {}; nothing to import", dir.toAbsolutePath());
            return new Imported(0, 0, 0);
        }
        try {
            List<RepInfo> roster = importRoster(dir.resolve("reps.json"));
            int emails = 0;
            for (RepInfo rep : roster) {
                emails += importEmails(rep, dir.resolve("reps").resolve(rep.email().substring(0, rep.email().indexOf('@'))));
            }
            int transcripts = copyTranscripts(dir, props.inbox());
            log.info("Imported {} reps, {} sample emails and {} transcripts from {}", roster.size(), emails,
                    transcripts, dir.toAbsolutePath());
            return new Imported(roster.size(), emails, transcripts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import samples from " + dir, e);
        }
    }

    private List<RepInfo> importRoster(Path file) throws IOException {
        List<RepInfo> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (JsonNode r : json.readTree(Files.readString(file))) {
            List<String> aliases = new ArrayList<>();
            r.path("aliases").forEach(a -> aliases.add(a.asString()));
            out.add(reps.upsert(r.path("name").asString(), r.path("email").asString(), aliases));
        }
        return out;
    }

    private int importEmails(RepInfo rep, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (reps.addSample(rep.id(), f.getFileName().toString(), Files.readString(f))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int copyTranscripts(Path dir, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        int n = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("reps.json") || name.equalsIgnoreCase("README.md")) {
                    continue;
                }
                Files.copy(f, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                if (!name.endsWith(".meta.json")) {
                    n++;
                }
            }
        }
        return n;
    }
}
