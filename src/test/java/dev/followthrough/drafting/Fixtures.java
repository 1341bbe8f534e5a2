package dev.followthrough.drafting;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test data under src/test/resources/drafting: two hand-written reps and a few calls. */
public final class Fixtures {

    public static final String CASUAL_REP = "Max Turner";
    public static final String FORMAL_REP = "Eleanor Whitfield";
    /** The rep's speaker label in the call fixtures; replaced by whichever rep a test drafts for. */
    public static final String REP_IN_CALLS = "Alex Morgan";
    public static final LocalDate MEETING = LocalDate.of(2026, 12, 1);

    private static final Pattern LINE = Pattern.compile("^\\[(\\d\\d):(\\d\\d):(\\d\\d)]\\s+([^:]+):\\s+(.*)$");

    private Fixtures() {
    }

    public static List<String> samples(String folder) {
        try (Stream<Path> files = Files.list(resource(folder))) {
            return files.sorted().map(Fixtures::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A call in "[hh:mm:ss] Name: text" lines, the rep's label replaced by {@code repName}. */
    public static Transcript call(String file, String repName) {
        List<Utterance> out = new ArrayList<>();
        for (String line : read(resource("calls/" + file)).split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                int seq = out.size() + 1;
                Duration start = Duration.ofHours(Long.parseLong(m.group(1)))
                        .plusMinutes(Long.parseLong(m.group(2))).plusSeconds(Long.parseLong(m.group(3)));
                String speaker = m.group(4).strip().equals(REP_IN_CALLS) ? repName : m.group(4).strip();
                out.add(new Utterance(Utterance.idFor(seq), seq, speaker, start, null, m.group(5)));
            }
        }
        return new Transcript(out);
    }

    public static CallContext context(String repName, List<Participant> customers, String customer, String title) {
        List<Participant> all = new ArrayList<>(customers);
        all.add(0, new Participant(repName, null, Participant.Role.REP));
        return new CallContext(MEETING, repName, null, List.of(firstName(repName)), all, customer, title);
    }

    public static Participant customer(String name, String email) {
        return new Participant(name, email, Participant.Role.CUSTOMER);
    }

    private static String firstName(String name) {
        return name.split(" ")[0];
    }

    private static Path resource(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/drafting/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource drafting/" + relative, e);
        }
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String transcriptText(Transcript t) {
        StringBuilder sb = new StringBuilder();
        t.utterances().forEach(u -> sb.append(u.speaker()).append(": ").append(u.text()).append('\n'));
        return sb.toString();
    }
}
