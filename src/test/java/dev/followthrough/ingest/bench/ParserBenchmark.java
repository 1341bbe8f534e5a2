package dev.followthrough.ingest.bench;

import dev.followthrough.core.Utterance;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.format.DefaultTranscriptParser;
import dev.followthrough.ingest.format.IngestLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Parser throughput on real transcripts, per format. Not a test: run it by hand (see docs/BENCHMARKS.md).
 *
 * <p>Inputs: the Zoom WebVTT calls and AMI/QMSum JSON of the corpus (the shared corpus when given as the
 * first argument, else the subset in src/test/resources/ingest/corpus). SRT and plain text have no large
 * real sample, so they are derived from the same VTT and AMI calls (each cue re-written in that format),
 * which keeps the words and the number of turns identical across formats.
 */
public final class ParserBenchmark {

    private static final Pattern AMI_TEST_SPLIT = Pattern.compile("(ES2004|ES2014|IS1009|TS3003|TS3007)");
    private static final double SECONDS_PER_FORMAT = Double.parseDouble(System.getProperty("bench.seconds", "5"));

    private ParserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/ingest/corpus");
        DefaultTranscriptParser parser = new DefaultTranscriptParser(IngestLimits.defaults());
        List<byte[]> vtt = files(root, ".vtt", "ethereum-pm-calls");
        List<byte[]> json = files(root, ".json", "ami/transcripts");
        json.addAll(files(root, ".json", "qmsum"));
        Map<String, List<byte[]>> inputs = new LinkedHashMap<>();
        inputs.put("VTT (Zoom, real)", vtt);
        inputs.put("SRT (from the VTT)", derive(parser, vtt, ParserBenchmark::toSrt));
        inputs.put("TEXT (from the VTT)", derive(parser, vtt, ParserBenchmark::toText));
        inputs.put("JSON (AMI + QMSum, real)", json);
        inputs.put("TEXT (from AMI JSON)", derive(parser, files(root, ".json", "ami/transcripts"), ParserBenchmark::toText));

        System.out.printf(Locale.ROOT, "java %s, %d cores, %.0f s per format, corpus %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), SECONDS_PER_FORMAT, root);
        // Wall-clock rates depend on what else the machine runs; CPU-time rates (one thread) are the steadier figure.
        System.out.println("| input | files | MB | utterances | passes | MB/s (wall) | utterances/s (wall) | MB/s (CPU) | utterances/s (CPU) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var e : inputs.entrySet()) {
            run(parser, e.getKey(), e.getValue());
        }
    }

    private static void run(DefaultTranscriptParser parser, String name, List<byte[]> files) {
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        long utterances = passOnce(parser, files);
        long warmUntil = System.nanoTime() + (long) (SECONDS_PER_FORMAT / 2 * 1e9);
        while (System.nanoTime() < warmUntil) {
            passOnce(parser, files);
        }
        int passes = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long stop = start + (long) (SECONDS_PER_FORMAT * 1e9);
        while (System.nanoTime() < stop || passes < 3) {
            passOnce(parser, files);
            passes++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double mb = bytes / 1_000_000.0;
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %d | %.1f | %.0f | %.1f | %.0f |%n", name, files.size(), mb,
                utterances, passes, mb * passes / seconds, utterances * passes / seconds, mb * passes / cpu,
                utterances * passes / cpu);
    }

    private static long passOnce(DefaultTranscriptParser parser, List<byte[]> files) {
        long n = 0;
        for (byte[] f : files) {
            n += parser.parse(f, null, null).transcript().utterances().size();
        }
        return n;
    }

    private static List<byte[]> files(Path root, String ext, String under) throws IOException {
        Path dir = root.resolve(under);
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : walk.filter(p -> p.toString().endsWith(ext))
                    .filter(p -> !AMI_TEST_SPLIT.matcher(p.getFileName().toString()).find())
                    .filter(p -> !p.getFileName().toString().equals("tldr.json")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        }
    }

    private interface Writer {
        String write(List<Utterance> utterances);
    }

    /** Re-writes each parsed call in another format; the derived file is then what gets timed. */
    private static List<byte[]> derive(DefaultTranscriptParser parser, List<byte[]> sources, Writer writer) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] s : sources) {
            ParsedTranscript p = parser.parse(s, null, null);
            out.add(writer.write(p.transcript().utterances()).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String toSrt(List<Utterance> utterances) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (Utterance u : utterances) {
            sb.append(i++).append('\n').append(srtTime(u.start())).append(" --> ").append(srtTime(u.end())).append('\n')
                    .append(u.speaker()).append(": ").append(u.text()).append("\n\n");
        }
        return sb.toString();
    }

    private static String toText(List<Utterance> utterances) {
        StringBuilder sb = new StringBuilder();
        for (Utterance u : utterances) {
            sb.append('[').append(u.startLabel()).append("] ").append(u.speaker()).append(": ").append(u.text()).append('\n');
        }
        return sb.toString();
    }

    private static String srtTime(java.time.Duration d) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(),
                d.toMillisPart());
    }
}
