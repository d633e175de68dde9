package org.vigie.entities.french.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.vigie.corpus.api.Document;

/**
 * Rerunnable throughput benchmark (not a test): runs the extractor single-threaded over the
 * given folders' {@code .txt} files, repeated until {@code MB} megabytes of text (default 50) have
 * been read, after a warm-up pass, and prints MB/s. Usage:
 * {@code ThroughputBenchmark [--mb 50] DIR...}; run by {@code bench/throughput-french.sh}.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = 50;
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mb")) {
                megabytes = Integer.parseInt(args[++i]);
            } else {
                documents.addAll(read(Path.of(args[i])));
            }
        }
        FrenchExtractor extractor = new FrenchExtractor();
        long corpusBytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        run(extractor, documents, corpusBytes * 20);
        long target = megabytes * 1_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long[] done = run(extractor, documents, target);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time is what one core spends; wall time also counts waiting for a core on a shared machine
        System.out.printf("%d documents (%.1f MB of UTF-8 text, %d annotations), single thread: %.2f s CPU = %.2f MB/s"
                + " per core; %.2f s wall = %.2f MB/s%n", done[1], done[0] / 1e6, done[2], cpu, done[0] / 1e6 / cpu,
                seconds, done[0] / 1e6 / seconds);
    }

    private static long[] run(FrenchExtractor extractor, List<Document> documents, long bytes) {
        long[] done = new long[3];
        while (done[0] < bytes) {
            for (Document d : documents) {
                done[2] += extractor.extract(d).size();
                done[0] += d.text().getBytes(StandardCharsets.UTF_8).length;
                done[1]++;
            }
        }
        return done;
    }

    private static List<Document> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SampleDocuments::read).toList();
        }
    }
}
