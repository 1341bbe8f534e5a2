package dev.followthrough.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

public final class Inboxes {

    private Inboxes() {
    }

    public static void clear(Path inbox) throws IOException {
        if (Files.exists(inbox)) {
            try (Stream<Path> s = Files.walk(inbox)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(inbox);
    }

    public static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
