package dev.followthrough.eval;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.CallContext;
import dev.followthrough.core.CheckResult;
import dev.followthrough.core.Draft;
import dev.followthrough.core.Evidence;
import dev.followthrough.core.Finding;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Usage;
import dev.followthrough.core.Verdict;
import dev.followthrough.drafting.DraftResult;
import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.extraction.ExtractionResult;
import dev.followthrough.extraction.eval.AmiCorpus;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import dev.followthrough.verification.eval.dataset.VerifierCase;
import dev.followthrough.verification.eval.dataset.VerifierDataset;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs one engine over the golden calls (parse, extract, style, draft, check, as the product chains them), the
 * verifier's labelled set and, when present, the AMI dev meetings, and scores each.
 */
final class EvalRunner {

    /**
     * @param calls         golden call ids to run (a prefix such as "010" is enough); empty = all
     * @param checkEvery    run the verifier on the pipeline's own output for every n-th call only (1 = all): it is
     *                      the slow stage, so the build checks a fixed third and the full run checks all
     * @param verifierSet   also score the verifier on its labelled set
     * @param amiDir        the AMI dev corpus, {@code null} to skip it
     * @param asrStyle      rewrite every parsed turn the way raw speech recognition writes it (AsrStyle), to see
     *                      what the engines owe to a transcriber's capitals, punctuation and digits
     */
    record Settings(Path goldenDir, Path samplesDir, List<String> calls, int checkEvery, boolean verifierSet,
                    Path amiDir, boolean asrStyle) {

        Settings(Path goldenDir, Path samplesDir, List<String> calls, int checkEvery, boolean verifierSet, Path amiDir) {
            this(goldenDir, samplesDir, calls, checkEvery, verifierSet, amiDir, false);
        }
    }

    record EngineResult(String engine, List<CallResult> calls, VerifierSetResult verifierSet, AmiResult ami,
                        long fallbacks) {
    }

    private final DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());
    private final Settings settings;

    EvalRunner(Settings settings) {
        this.settings = settings;
    }

    EngineResult run(Engine engine) throws IOException {
        List<GoldenSet.Call> calls = GoldenSet.load(settings.goldenDir()).stream().filter(this::selected).toList();
        SampleReps reps = SampleReps.load(settings.samplesDir());
        List<CallResult> results = new ArrayList<>();
        if (engine.warmUp() && !calls.isEmpty()) {
            runCall(engine, calls.get(0), reps, true);
        }
        for (int i = 0; i < calls.size(); i++) {
            results.add(runCall(engine, calls.get(i), reps, i % Math.max(1, settings.checkEvery()) == 0));
        }
        VerifierSetResult verifier = settings.verifierSet() ? verifierSet(engine) : null;
        AmiResult ami = settings.amiDir() != null && Files.isDirectory(settings.amiDir().resolve("transcripts"))
                ? ami(engine, settings.amiDir()) : null;
        return new EngineResult(engine.name(), results, verifier, ami, engine.fallbacks().getAsLong());
    }

    private boolean selected(GoldenSet.Call call) {
        return settings.calls().isEmpty() || settings.calls().stream().anyMatch(call.id()::startsWith);
    }

    CallResult runCall(Engine engine, GoldenSet.Call call, SampleReps reps, boolean check) throws IOException {
        long[] ms = new long[CallResult.STAGES.size()];
        byte[] bytes = Files.readAllBytes(call.transcript());
        try {
            Transcript parsed = timed(ms, 0, () -> parser.parse(bytes, call.transcript().getFileName().toString(), null)
                    .transcript());
            Transcript t = settings.asrStyle() ? asrStyle(parsed) : parsed;
            CallContext ctx = context(call.meta(), t);
            ExtractionResult ex = timed(ms, 1, () -> engine.extractor().extract(t, ctx));
            StyleProfile style = timed(ms, 2, () -> engine.profiler().profile(ctx.repName(),
                    reps.samplesFor(ctx.repEmail())));
            DraftResult dr = timed(ms, 3, () -> engine.drafter().draft(t, ex.items(), ctx, style));
            CheckResult checked = check ? timed(ms, 4, () -> engine.verifier().check(t, ctx, dr.draft(), ex.items()))
                    : null;
            Usage usage = sum(ex.usage(), dr.usage(), checked == null ? null : checked.usage());
            Draft draft = dr.draft();
            String draftText = draft.subject() + "\n" + draft.body();
            return new CallResult(call.id(), call.hasInjection(), t.utterances().size(), ms, usage.tokensIn(),
                    usage.tokensOut(), usage.costUsd(),
                    ItemScoring.score(t, call.items(), ex.items(), call.trapUtterances()), call.mustMention().size(),
                    Mentions.missing(call.mustMention(), draftText), Safety.violations(call, draft, ex.items()),
                    checked == null ? null : checked.verdict(), checked == null ? List.of() : problems(checked),
                    ex.items(), draft, null);
        } catch (RuntimeException e) {
            // one broken call must not hide the others' scores; it counts as a total miss
            return new CallResult(call.id(), call.hasInjection(), 0, ms, 0, 0, BigDecimal.ZERO,
                    ItemScoring.score(new Transcript(List.of()), call.items(), List.of(), List.of()),
                    call.mustMention().size(), call.mustMention(), List.of(), null, List.of(), List.of(),
                    null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Transcript asrStyle(Transcript t) {
        return new Transcript(t.utterances().stream().map(u -> new dev.followthrough.core.Utterance(u.id(), u.seq(),
                u.speaker(), u.start(), u.end(), dev.followthrough.support.AsrStyle.utterance(u.text()))).toList());
    }

    /** The context the product builds: the rep (first name as alias), attendees as customers, other speakers unknown. */
    static CallContext context(GoldenSet.Meta meta, Transcript t) {
        String rep = meta.repName();
        String first = rep == null ? null : rep.strip().split("\\s+")[0];
        List<Participant> people = new ArrayList<>();
        people.add(new Participant(rep, meta.repEmail(), Participant.Role.REP));
        Set<String> named = new HashSet<>();
        named.add(norm(rep));
        named.add(norm(first));
        for (GoldenSet.Attendee a : meta.attendees()) {
            people.add(new Participant(a.name(), a.email(), Participant.Role.CUSTOMER));
            named.add(norm(a.name()));
            named.add(norm(a.name().strip().split("\\s+")[0]));
        }
        for (String speaker : t.speakers()) {
            if (!named.contains(norm(speaker))) {
                people.add(new Participant(speaker, null, Participant.Role.UNKNOWN));
            }
        }
        return new CallContext(meta.meetingDate(), rep, meta.repEmail(), first == null ? List.of() : List.of(first),
                people, meta.customer(), meta.title());
    }

    private VerifierSetResult verifierSet(Engine engine) {
        TreeMap<String, int[]> planted = new TreeMap<>();
        TreeMap<String, int[]> faithful = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        long started = System.nanoTime();
        for (VerifierCase c : VerifierDataset.load()) {
            Transcript t = parser.parse(c.transcriptText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    c.transcriptFileName(), null).transcript();
            CheckResult r = engine.verifier().check(t, c.callContext(), new Draft(c.subject(), c.body()), List.of());
            boolean flagged = r.verdict() == Verdict.FLAGGED;
            int[] row = (c.planted() ? planted : faithful).computeIfAbsent(c.planted() ? c.kind() : c.label(),
                    k -> new int[2]);
            row[0]++;
            if (flagged) {
                row[1]++;
            }
            if (c.planted() && !flagged) {
                wrong.add(c.id() + " (" + c.kind() + ") missed: " + c.plantedClaim());
            } else if (!c.planted() && flagged) {
                wrong.add(c.id() + " (" + c.label() + ") false flag: " + String.join("; ", problems(r)));
            }
        }
        return new VerifierSetResult(planted, faithful, wrong, (System.nanoTime() - started) / 1_000_000);
    }

    private static AmiResult ami(Engine engine, Path dir) throws IOException {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        int items = 0;
        int utterances = 0;
        int meetings = 0;
        long started = System.nanoTime();
        for (Path file : AmiCorpus.transcripts(dir)) {
            AmiCorpus.Meeting m = AmiCorpus.load(dir, file);
            List<ActionItem> found = engine.extractor().extract(m.transcript(), m.context()).items();
            Set<String> predicted = new HashSet<>();
            found.forEach(i -> i.evidence().stream().map(Evidence::utteranceId).forEach(predicted::add));
            long hit = predicted.stream().filter(m.goldUtteranceIds()::contains).count();
            tp += hit;
            fp += predicted.size() - hit;
            fn += m.goldUtteranceIds().size() - hit;
            items += found.size();
            utterances += m.transcript().utterances().size();
            meetings++;
        }
        return new AmiResult(meetings, utterances, items, tp, fp, fn, (System.nanoTime() - started) / 1_000_000);
    }

    private static List<String> problems(CheckResult check) {
        return check.findings().stream().filter(Finding::isProblem)
                .map(f -> f.status() + " [" + f.kind() + "] " + f.source() + ": \"" + f.claim() + "\" -- " + f.reason())
                .toList();
    }

    private static <T> T timed(long[] ms, int stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            ms[stage] = (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static Usage sum(Usage... parts) {
        Usage total = Usage.offline("none", 0);
        for (Usage u : parts) {
            total = u == null ? total : total.plus(u);
        }
        return total;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
