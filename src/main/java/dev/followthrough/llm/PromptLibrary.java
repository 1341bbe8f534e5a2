package dev.followthrough.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The prompts of the product, one file each in the top-level {@code prompts/} folder. They are packaged into the
 * jar as {@code classpath:prompts/}, so the app runs from any working directory; setting
 * {@code followthrough.llm.prompts-dir} reads them from that folder instead (to try a prompt change without a build).
 */
@Component
public class PromptLibrary {

    public static final String SYSTEM = "system";
    public static final String TRANSCRIPT = "transcript";
    public static final String ANALYSE_CALL = "analyse-call";
    public static final String ANALYSE_CALL_FEEDBACK = "analyse-call-feedback";
    public static final String JUDGE_CLAIM = "judge-claim";

    private final Path folder;
    private final Map<String, Prompt> cache = new ConcurrentHashMap<>();

    public PromptLibrary(LlmProperties properties) {
        String dir = properties.promptsDir();
        this.folder = dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The prompt named {@code name} (file {@code name.md}); read once, then kept. */
    public Prompt get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /** Where prompts are read from, for the admin page and the startup log. */
    public String location() {
        return folder == null ? "classpath:prompts/" : folder.toAbsolutePath().toString();
    }

    private Prompt load(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("bad prompt name: " + name);
        }
        byte[] bytes = folder == null ? readClasspath(name + ".md") : readFile(folder.resolve(name + ".md"));
        return new Prompt(name, new String(bytes, StandardCharsets.UTF_8), version(bytes));
    }

    private static byte[] readClasspath(String file) {
        try (InputStream in = PromptLibrary.class.getClassLoader().getResourceAsStream("prompts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("prompt classpath:prompts/" + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + path.toAbsolutePath(), e);
        }
    }

    static String version(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
