package org.vigie.corpus.store.internal;

import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.delete;
import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.mib;
import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.size;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.lucene.news.CorpusFieldAnalyzer;

/**
 * Benchmark of the corpus store on {@link NewsCorpusGenerator}'s synthetic corpus: store import
 * (batches of 1 000 by default, {@code -Dbench.batch=N}, one commit each), index size, heap, search latency, and two floors on the
 * same text: bare Lucene (standard analyser, nothing stored, one commit) and the store's own
 * documents and analysis written straight to an index writer (no duplicate check, one commit).
 * Run by {@code bench/corpus/run.sh}; arguments: a work directory and the corpus sizes.
 */
public final class CorpusBenchmark {
    private static final int BATCH = Integer.getInteger("bench.batch", 1000);
    static final List<String> QUERIES = List.of("Interpol", "Europol", "Luong Tam Quang", "Nguyen Van An", "Nguyễn Văn An",
            "Đà Nẵng", "\"blanchiment d'argent\"", "escroquerie AND Moscou", "rançongiciel OR hameçonnage",
            "cryptomonnaie* AND NOT Interpol", "Volkof~", "Smirnov AND published:[2025-03-01 TO 2025-03-31]",
            "source:VNA AND Casablanca", "title:coopération AND Genève", "tag.lot:bench AND \"juge d'instruction\"",
            "Abdallah Ben Salem", "dépêche", "serveurs saisis", "fraude cryptomonnaies Singapour");

    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createDirectories(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp(work);
        for (String size : Arrays.copyOfRange(args, 1, args.length)) {
            run(work, Integer.parseInt(size));
        }
    }

    private static void run(Path work, int count) throws IOException {
        Path jsonl = work.resolve("corpus-" + count + ".jsonl");
        NewsCorpusGenerator.writeJsonLines(jsonl, count);
        System.out.printf(Locale.ROOT, "%n## %d documents (%s as JSON Lines)%n", count, mib(Files.size(jsonl)));
        storeRun(work.resolve("store-" + count), count);
        if (Boolean.getBoolean("bench.storeOnly")) {
            return;
        }
        ImporterRun.run(work, count);
        floor(work.resolve("bare-" + count), count, new StandardAnalyzer(), false, true);
        floor(work.resolve("direct-" + count), count, new CorpusFieldAnalyzer(), true, true);
    }

    /** A short untimed pass first, so that the first timed run is not the one that pays for the JIT. */
    private static void warmUp(Path work) throws IOException {
        Path workspace = work.resolve("warm-up");
        delete(workspace);
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            for (int first = 0; first < 5000; first += BATCH) {
                store.add(batch(first, first + BATCH));
            }
            QUERIES.forEach(query -> store.search(SearchRequest.of(query, 10)));
        }
        floor(work.resolve("warm-up-floor"), 5000, new CorpusFieldAnalyzer(), true, false);
        delete(workspace);
    }

    private static void storeRun(Path workspace, int count) throws IOException {
        delete(workspace);
        resetPeaks();
        long bytes = 0;
        long addNanos = 0;
        long addCpu = 0;
        long wall = System.nanoTime();
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            for (int first = 0; first < count; first += BATCH) {
                List<Document> batch = batch(first, Math.min(count, first + BATCH));
                bytes += batch.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
                long start = System.nanoTime();
                long cpu = processCpu();
                store.add(batch);
                addNanos += System.nanoTime() - start;
                addCpu += processCpu() - cpu;
            }
            double seconds = addNanos / 1e9;
            System.out.printf(Locale.ROOT, "store: process CPU during the adds %.1f s%n", addCpu / 1e9);
            System.out.printf(Locale.ROOT, "store: %d docs in %.1f s (%.1f s with generation): %.0f docs/s, %.1f MB/s,"
                    + " index %s, heap after GC %s, peak heap %s%n", store.count(), seconds,
                    (System.nanoTime() - wall) / 1e9, count / seconds, bytes / 1e6 / seconds,
                    mib(size(workspace)), mib(heapAfterGc()), mib(peakHeap()));
            copies(store);
            latency(store);
        }
    }

    /** The first read of the copy clusters: the in-memory band table built from the stored signatures. */
    private static void copies(LuceneCorpusStore store) {
        long start = System.nanoTime();
        List<CopyCluster> clusters = store.clusters();
        System.out.printf(Locale.ROOT, "copies: %d clusters holding %d documents, first read %.1f s%n", clusters.size(),
                clusters.stream().mapToInt(CopyCluster::size).sum(), (System.nanoTime() - start) / 1e9);
    }

    private static void latency(LuceneCorpusStore store) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> all = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        StringBuilder perQuery = new StringBuilder();
        for (int round = 0; round < 25; round++) {
            for (String query : QUERIES) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long hits = store.search(SearchRequest.of(query, 10)).totalHits();
                long took = System.nanoTime() - start;
                if (round >= 5) {
                    all.add(took);
                    cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
                if (round == 24) {
                    perQuery.append(String.format(Locale.ROOT, "  %-55s %8d hits %7.2f ms%n", query, hits, took / 1e6));
                }
            }
        }
        all.sort(null);
        cpu.sort(null);
        System.out.printf(Locale.ROOT, "search (top 10 with snippets, %d timed queries): wall p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms; thread CPU p50 %.2f ms, p99 %.2f ms%n", all.size(), all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6, all.get(all.size() - 1) / 1e6, cpu.get(cpu.size() / 2) / 1e6,
                cpu.get((int) (cpu.size() * 0.99)) / 1e6);
        System.out.print(perQuery);
    }

    /** Indexing the same articles straight into a writer, one commit at the end. */
    private static void floor(Path dir, int count, Analyzer analyzer, boolean storeLayout, boolean report)
            throws IOException {
        delete(dir);
        long nanos = 0;
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (int first = 0; first < count; first += BATCH) {
                List<Document> batch = batch(first, Math.min(count, first + BATCH));
                long start = System.nanoTime();
                for (Document d : batch) {
                    writer.addDocument(storeLayout ? CorpusFields.toLucene(d, first) : bare(d));
                }
                nanos += System.nanoTime() - start;
            }
            long start = System.nanoTime();
            writer.commit();
            nanos += System.nanoTime() - start;
        }
        analyzer.close();
        if (!report) {
            return;
        }
        System.out.printf(Locale.ROOT, "%s: %.1f s, %.0f docs/s, index %s%n",
                storeLayout ? "floor, store layout and analysis, one commit" : "floor, bare Lucene (StandardAnalyzer, nothing stored)",
                nanos / 1e9, count / (nanos / 1e9), mib(size(dir)));
    }

    private static org.apache.lucene.document.Document bare(Document d) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new TextField("title", d.metadata().title(), Field.Store.NO));
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        return doc;
    }

    private static List<Document> batch(int from, int to) {
        List<Document> batch = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            batch.add(NewsCorpusGenerator.article(n));
        }
        return batch;
    }

    /** CPU time of every thread of the process (writer, merges, signing, GC): steadier than wall time on a busy machine. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
