package dev.followthrough.ingest.intake;

import dev.followthrough.FollowthroughProperties;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The inbox folder. Each file is stored first and moved second, so a crash in between only means the
 * file is seen again next time, where its content hash shows it is already in.
 * Layout: new files at the top, {@code processed/} and {@code quarantine/} (with a {@code .reason.txt} each) below.
 */
@Component
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final Path root;
    private final CallIntake intake;
    private final SidecarReader sidecars;

    Inbox(FollowthroughProperties props, CallIntake intake, SidecarReader sidecars) {
        this.root = props.inbox().toAbsolutePath().normalize();
        this.intake = intake;
        this.sidecars = sidecars;
    }

    public Path root() {
        return root;
    }

    /** What one scan did. */
    public record ScanResult(int seen, int imported, int duplicates, int quarantined, List<String> problems) {
    }

    public ScanResult scan() {
        createFolders();
        int imported = 0;
        int duplicates = 0;
        int quarantined = 0;
        List<String> problems = new ArrayList<>();
        List<Path> files = pending();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] content;
            Path sidecar = SidecarReader.sidecarOf(file);
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
                continue;
            }
            try {
                CallMetadata meta = sidecars.read(sidecar);
                CallIntake.Accepted a = intake.accept(content, name, null, meta, "inbox");
                if (a.created()) {
                    imported++;
                } else {
                    duplicates++;
                    log.info("{} is already imported as call {}; moving it to processed/", name, a.callId());
                }
                moveTo("processed", file, sidecar);
            } catch (TranscriptRejectedException e) {
                Path stored = moveTo("quarantine", file, sidecar);
                writeReason(stored, e);
                intake.quarantine(name, stored.toString(), content, e, "inbox");
                quarantined++;
                problems.add(name + ": [" + e.code() + "] " + e.detail());
            }
        }
        return new ScanResult(files.size(), imported, duplicates, quarantined, problems);
    }

    /** Transcript files waiting at the top of the inbox (sidecars travel with their transcript). */
    public List<Path> pending() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isRegularFile).filter(Inbox::isTranscriptCandidate).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + root, e);
        }
    }

    /** Moves a quarantined file back into the inbox so the next run tries it again. */
    public Path retry(Path quarantined) throws IOException {
        Path target = uniqueTarget(root, quarantined.getFileName().toString());
        Files.move(quarantined, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(Path.of(quarantined + ".reason.txt"));
        Path sidecar = SidecarReader.sidecarOf(quarantined);
        if (Files.exists(sidecar)) {
            Files.move(sidecar, SidecarReader.sidecarOf(target), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    static boolean isTranscriptCandidate(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.endsWith(SidecarReader.SUFFIX) && !n.endsWith(".part") && !n.endsWith(".tmp")
                && !n.endsWith(".reason.txt") && !n.endsWith(".crdownload");
    }

    private void createFolders() {
        try {
            Files.createDirectories(root.resolve("processed"));
            Files.createDirectories(root.resolve("quarantine"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the inbox folders under " + root, e);
        }
    }

    private Path moveTo(String folder, Path file, Path sidecar) {
        try {
            Path target = uniqueTarget(root.resolve(folder), file.getFileName().toString());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(sidecar)) {
                Files.move(sidecar, SidecarReader.sidecarOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder + "/", e);
        }
    }

    private static Path uniqueTarget(Path dir, String name) {
        Path target = dir.resolve(name);
        int n = 1;
        while (Files.exists(target)) {
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            target = dir.resolve(base + "-" + n++ + ext);
        }
        return target;
    }

    private static void writeReason(Path stored, TranscriptRejectedException e) {
        try {
            Files.writeString(Path.of(stored + ".reason.txt"), "[" + e.code() + "] " + e.detail() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException io) {
            log.warn("Could not write the reason file for {}: {}", stored, io.getMessage());
        }
    }
}
