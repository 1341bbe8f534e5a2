package dev.followthrough.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.drafting.offline.OfflineFollowUpDrafter;
import dev.followthrough.drafting.offline.RuleBasedStyleProfiler;
import dev.followthrough.extraction.offline.OfflineActionItemExtractor;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import dev.followthrough.text.Embedder;
import dev.followthrough.text.InjectionSignals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline pipeline (parser, extractor, profiler, drafter) on every call in sample-transcripts/, none of
 * which the drafter was written against. Each draft must greet a listed customer, end with the rep's sign-off,
 * copy no contact details or injected text, hold no number the call and its items do not, and score closer to
 * its own rep's style than to any other rep. Skipped when the folder is absent.
 */
class SampleCallsDraftTest {

    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?i)\\b(?:https?://|www\\.)\\S+|\\b\\d{3}[ .-]\\d{3}[ .-]\\d{4}\\b");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everySampleCallGetsAGroundedDraftInItsRepsVoice() throws IOException {
        Path root = Path.of(System.getProperty("followthrough.samples", "sample-transcripts"));
        assumeTrue(Files.isRegularFile(root.resolve("reps.json")), "no samples at " + root.toAbsolutePath());
        RuleBasedStyleProfiler profiler = new RuleBasedStyleProfiler();
        StyleSimilarity similarity = new StyleSimilarity(profiler);
        SampleReps roster = SampleReps.load(root, profiler, json);
        Map<String, JsonNode> reps = roster.reps();
        Map<String, StyleProfile> profiles = roster.profiles();
        var parser = new DefaultTranscriptParser(IngestLimits.defaults());
        var extractor = new OfflineActionItemExtractor(new Embedder());
        var drafter = new OfflineFollowUpDrafter();
        int calls = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(SampleReps::isTranscript).sorted().toList()) {
                Path sidecar = root.resolve(file.getFileName().toString().replaceAll("\\.[^.]+$", ".meta.json"));
                if (!Files.isRegularFile(sidecar)) {
                    continue;
                }
                JsonNode meta = json.readTree(sidecar.toFile());
                String repEmail = meta.get("rep").asString();
                CallContext ctx = SampleReps.context(meta, reps.get(repEmail));
                StyleProfile style = profiles.get(repEmail);
                Transcript t = parser.parse(Files.readAllBytes(file), file.getFileName().toString(), null).transcript();
                List<ActionItem> items = extractor.extract(t, ctx).items();

                Draft d = drafter.draft(t, items, ctx, style).draft();

                check(file.getFileName().toString(), d, t, items, ctx, style);
                double own = similarity.score(d, style).total();
                double closestOther = profiles.entrySet().stream().filter(e -> !e.getKey().equals(repEmail))
                        .mapToDouble(e -> similarity.score(d, e.getValue()).total()).max().orElse(0);
                double neutral = similarity.score(drafter.draft(t, items, ctx,
                        StyleProfile.neutral(ctx.repName())).draft(), style).total();
                System.out.printf("style-metric sample-call %s items=%d vsOwn=%.3f vsClosestOther=%.3f "
                        + "neutralVsOwn=%.3f%n", file.getFileName(), items.size(), own, closestOther, neutral);
                assertThat(own).as("style of %s", file.getFileName()).isGreaterThan(closestOther);
                calls++;
            }
        }
        assumeTrue(calls > 0, "no sample calls with sidecars");
    }

    private static void check(String name, Draft d, Transcript t, List<ActionItem> items, CallContext ctx,
                              StyleProfile style) {
        String body = d.body();
        List<String> firstNames = ctx.participants().stream().filter(p -> p.role() == Participant.Role.CUSTOMER)
                .map(p -> p.name().replaceAll("^(?:Dr|Mr|Mrs|Ms)\\.?\\s+", "").split("\\s+")[0]).toList();
        String firstLine = body.lines().findFirst().orElse("");
        assertThat(firstNames).as("%s greets a listed customer: %s", name, firstLine)
                .anyMatch(firstLine::contains);
        assertThat(body).as(name).endsWith(style.signOff());
        body.lines().forEach(line -> assertThat(InjectionSignals.looksLikeInstruction(line))
                .as("%s copies instruction-like text: %s", name, line).isFalse());

        Set<String> allowedContacts = new HashSet<>(find(CONTACT, style.signOff()));
        for (String contact : find(CONTACT, body)) {
            assertThat(allowedContacts).as("%s contact %s", name, contact).contains(contact);
        }
        StringBuilder source = new StringBuilder();
        t.utterances().forEach(u -> source.append(u.speaker()).append(": ").append(u.text()).append('\n'));
        for (ActionItem i : items) {
            source.append(i.owner()).append(": ").append(i.task()).append(' ').append(i.dueText()).append('\n');
            if (i.dueDate() != null) {
                source.append(i.dueDate().getDayOfMonth()).append('\n');
            }
        }
        source.append(style.signOff()).append(style.greeting()).append(style.openingLine())
                .append(style.closingLine()).append(ctx.title());
        Set<String> numbers = new HashSet<>(find(Pattern.compile("\\d+"), source.toString()));
        String withoutListNumbers = body.replaceAll("(?m)^\\d{1,2}[.)] ", "");
        for (String n : find(Pattern.compile("\\d+"), withoutListNumbers)) {
            assertThat(numbers).as("%s number %s in %s", name, n, body).contains(n);
        }
    }

    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
