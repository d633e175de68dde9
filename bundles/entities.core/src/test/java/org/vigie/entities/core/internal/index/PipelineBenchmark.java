package org.vigie.entities.core.internal.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.entities.core.internal.pipeline.AnnotationMerger;
import org.vigie.entities.core.internal.pipeline.CapitalisedNamesExtractor;
import org.vigie.entities.core.internal.pipeline.DeclaredExtractor;
import org.vigie.entities.core.internal.pipeline.FakeExtractor;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.entities.core.internal.resolution.EntityGroup;
import org.vigie.testing.MemoryCorpusStore;

/**
 * Throughput of the whole pipeline (extract, merge, split sentences, index, commit) over a
 * synthetic corpus of French news: documents of 3 to 6 KB assembled from the sentences of the
 * shared corpora ({@code ../shared/corpus}, {@code ../shared/corpus-dev}) when present, else of
 * this module's fixtures. Documents are generated when the pipeline asks for them, so the corpus
 * is never held in memory; heap after GC is sampled along the run to show it stays flat.
 * <p>
 * usage: {@code PipelineBenchmark [--documents N] [--warmup N] [--extractor noop|capitalised|JAR] [--commit-every N]
 * [--phases]} ({@code --warmup}: documents extracted before the measured run, default 500) — a JAR is
 * searched for a public no-argument {@link EntityExtractor} class (e.g. the French extractor).
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.parseInt(option(args, "--documents", "20000"));
        DeclaredExtractor extractor = extractor(option(args, "--extractor", "capitalised"));
        List<String> sentences = sentences();
        Path workspace = Files.createTempDirectory("vigie-bench");
        Synthetic corpus = new Synthetic(sentences, documents);
        LuceneEntityIndex index = Fixtures.index(workspace, corpus);
        int commitEvery = Integer.parseInt(option(args, "--commit-every", "1000"));
        Pipeline pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(10, 4, commitEvery), extractor);
        System.out.printf(Locale.ROOT, "extractor %s %s, %d documents from %d sentences, java %s, %d cores%n",
                extractor.declared().id(), extractor.declared().version(), documents, sentences.size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (List.of(args).contains("--phases")) {
            phases(corpus, extractor, index);
        }
        int warmup = Integer.parseInt(option(args, "--warmup", "500"));
        pipeline.extract(corpus.ids().subList(0, Math.min(warmup, documents)), null); // warm-up (JIT), replaced below
        corpus.bytes.set(0); // count only the text of the measured run (not --phases' nor the warm-up's)
        ThreadCpu sampler = new ThreadCpu(); // also sees threads that end during the run (Lucene's merges)
        Map<String, Long> threads0 = cpuByThread();
        long cpu0 = cpuNanos();
        long[] heap = new long[11];
        long[] cpuAt = new long[11]; // process CPU at each tenth of the run, less the heap samples' GCs
        long[] bytesAt = new long[11];
        long[] sampling = new long[1];
        cpuAt[0] = cpu0;
        ExtractionReport report = pipeline.extract(List.of(), (result, done, total) -> {
            int tenth = done / Math.max(1, total / 10);
            if (done % Math.max(1, total / 10) == 0 && tenth <= 10) {
                long before = cpuNanos();
                cpuAt[tenth] = before - sampling[0];
                bytesAt[tenth] = corpus.bytes.get();
                heap[tenth] = usedHeapAfterGc();
                sampling[0] += cpuNanos() - before;
            }
        });
        double cpuSeconds = (cpuNanos() - cpu0 - sampling[0]) / 1e9;
        Map<String, Long> threads = sampler.stop();
        threads0.forEach((name, nanos) -> threads.computeIfPresent(name, (k, v) -> v - nanos));
        double mb = corpus.bytes.get() / 1e6;
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of text, %d annotations, %d failures%n",
                report.documents(), mb, report.annotations(), report.failures().size());
        System.out.printf(Locale.ROOT, "wall %.1f s: %.2f MB/s; process CPU %.1f s: %.2f MB/s per core%n",
                report.millis() / 1000.0, mb / (report.millis() / 1000.0), cpuSeconds, mb / cpuSeconds);
        double javaSeconds = threads.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf(Locale.ROOT, "CPU s by thread: %s; JVM (JIT, GC, sampler) %.1f%n", threads.entrySet().stream()
                .filter(e -> e.getValue() > 50_000_000L).map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e9))
                .toList(), cpuSeconds - javaSeconds);
        System.out.printf(Locale.ROOT, "MB/s per core in each tenth of the run: %s; second half (warm JIT) %.2f%n",
                String.join(" ", IntStream.rangeClosed(1, 10).mapToObj(i -> String.format(Locale.ROOT, "%.2f",
                        mbPerCpuSecond(bytesAt[i] - bytesAt[i - 1], cpuAt[i] - cpuAt[i - 1]))).toList()),
                mbPerCpuSecond(bytesAt[10] - bytesAt[5], cpuAt[10] - cpuAt[5]));
        System.out.printf(Locale.ROOT, "heap after GC at 10%%..100%% (MiB): %s%n",
                String.join(" ", IntStream.rangeClosed(1, 10).mapToObj(i -> String.valueOf(heap[i] >> 20)).toList()));
        System.out.printf(Locale.ROOT, "index size %.1f MB%n", size(workspace) / 1e6);
        queries(index);
        Fixtures.close(pipeline);
        index.deactivate();
        delete(workspace);
    }

    /** Times the questions an analyst asks of the index just built (second run of each, warm). */
    private static void queries(LuceneEntityIndex index) {
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            var top = index.entities(List.of(), List.of(), 20);
            long t1 = System.nanoTime();
            String key = top.get(0).key();
            var found = index.find(top.get(5).name());
            long t2 = System.nanoTime();
            var mentions = index.mentions(key, List.of(), 20);
            long t3 = System.nanoTime();
            var with = index.coOccurrences(key, List.of(), 10);
            long t4 = System.nanoTime();
            var pairs = index.coOccurrences(List.of(), 10);
            long t5 = System.nanoTime();
            if (run == 1) {
                System.out.printf(Locale.ROOT, "queries: top 20 entities %.0f ms (first: %s, %d mentions in %d documents);"
                        + " find %.0f ms (%s); 20 mentions %.0f ms; co-occurring with it %.0f ms (%d);"
                        + " top 10 pairs, whole corpus %.0f ms (%d)%n", (t1 - t0) / 1e6, top.get(0).name(),
                        top.get(0).mentions(), top.get(0).documents(), (t2 - t1) / 1e6, found.isPresent(),
                        (t3 - t2) / 1e6, (t4 - t3) / 1e6, with.size(), (t5 - t4) / 1e6, pairs.size());
                System.out.println("  " + mentions.size() + " mentions, first in context: " + mentions.get(0).sentenceText());
            }
        }
    }

    /** CPU time of each stage on the calling thread, one document after the other. */
    private static void phases(Synthetic corpus, EntityExtractor extractor, LuceneEntityIndex index) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] spent = new long[6];
        AnnotationMerger merger = new AnnotationMerger();
        ResultBlock blocks = new ResultBlock(new com.fasterxml.jackson.databind.ObjectMapper());
        for (String id : corpus.ids()) {
            Document document = corpus.get(id).orElseThrow();
            long t0 = bean.getCurrentThreadCpuTime();
            var annotations = extractor.extract(document);
            long t1 = bean.getCurrentThreadCpuTime();
            var result = new org.vigie.entities.api.ExtractionResult(id, merger.merge(List.of(annotations)), List.of());
            long t2 = bean.getCurrentThreadCpuTime();
            EntityGroup.of(result.annotations());
            long t3 = bean.getCurrentThreadCpuTime();
            new SentenceSplitter().split(document.text());
            spent[5] += bean.getCurrentThreadCpuTime() - t3;
            t3 = bean.getCurrentThreadCpuTime();
            blocks.of(document, result);
            long t4 = bean.getCurrentThreadCpuTime();
            index.put(document, result);
            long t5 = bean.getCurrentThreadCpuTime();
            spent[0] += t1 - t0;
            spent[1] += t2 - t1;
            spent[2] += t3 - t2;
            spent[3] += t4 - t3;
            spent[4] += t5 - t4;
        }
        long t = bean.getCurrentThreadCpuTime();
        index.commit();
        System.out.printf(Locale.ROOT, "phases CPU s: extract %.2f, merge %.2f, group %.2f, block (group+sentences+json) %.2f,"
                + " put (block+lucene) %.2f, commit %.2f; sentences alone %.2f%n", spent[0] / 1e9, spent[1] / 1e9, spent[2] / 1e9,
                spent[3] / 1e9, spent[4] / 1e9, (bean.getCurrentThreadCpuTime() - t) / 1e9, spent[5] / 1e9);
    }

    /** A corpus whose documents are assembled on demand from shuffled sentences. */
    static final class Synthetic extends MemoryCorpusStore {
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        private final List<String> sentences;
        private final List<String> ids;

        Synthetic(List<String> sentences, int count) {
            this.sentences = sentences;
            this.ids = IntStream.range(0, count).mapToObj(i -> String.format(Locale.ROOT, "bench-%07d", i)).toList();
        }

        @Override
        public List<String> ids() {
            return ids;
        }

        @Override
        public Optional<Document> get(String id) {
            Random random = new Random(id.hashCode());
            int target = 3000 + random.nextInt(3000);
            StringBuilder text = new StringBuilder(target + 200);
            while (text.length() < target) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(random.nextInt(5) == 0 ? "\n" : " ");
            }
            bytes.addAndGet(text.toString().getBytes(StandardCharsets.UTF_8).length);
            return Optional.of(new Document(id, text.toString(), null, new DocumentMetadata(id, "bench", null,
                    LocalDate.of(2025, 10, 27), "fr", id + ".txt", null, null, "text/plain", Map.of())));
        }
    }

    static List<String> sentences() throws IOException {
        List<String> texts = new ArrayList<>();
        Optional<Path> shared = shared();
        if (shared.isPresent()) {
            for (String folder : List.of("corpus", "corpus-dev")) {
                try (Stream<Path> files = Files.list(shared.get().resolve(folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                }
            }
        } else {
            for (String fixture : List.of("hanoi-interpol.txt", "singapour-asean.txt", "football-danang.txt")) {
                texts.add(Fixtures.read("/fixtures/" + fixture));
            }
        }
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> sentences = new ArrayList<>();
        for (String text : texts) {
            for (var span : splitter.split(text)) {
                if (span.length() > 20) {
                    sentences.add(span.of(text).replaceAll("\\s+", " "));
                }
            }
        }
        return sentences;
    }

    /** The {@code shared} folder next to the repository, found by walking up from the working directory. */
    static Optional<Path> shared() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/corpus"))) {
                return Optional.of(dir.resolve("shared"));
            }
        }
        return Optional.empty();
    }

    private static DeclaredExtractor extractor(String name) throws Exception {
        if (name.equals("noop")) {
            return new FakeExtractor("noop", java.util.Set.of(), d -> List.of());
        }
        if (name.equals("capitalised")) {
            return new CapitalisedNamesExtractor();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(name).toUri().toURL()},
                PipelineBenchmark.class.getClassLoader());
        try (JarFile jar = new JarFile(name)) {
            for (String entry : jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList()) {
                Class<?> type = loader.loadClass(entry.replace('/', '.').replaceAll("\\.class$", ""));
                if (EntityExtractor.class.isAssignableFrom(type) && !type.isInterface()) {
                    var constructor = type.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    EntityExtractor found = (EntityExtractor) constructor.newInstance();
                    ExtractorInfo declared = declared(jar);
                    return new DeclaredExtractor() {
                        @Override
                        public ExtractorInfo declared() {
                            return declared;
                        }

                        @Override
                        public List<org.vigie.entities.api.Annotation> extract(Document document) {
                            return found.extract(document);
                        }
                    };
                }
            }
        }
        throw new IllegalArgumentException("no EntityExtractor class with a no-argument constructor in " + name);
    }

    /** What the jar's component descriptions declare ({@code vigie.extractor.*} properties), as DS would read it. */
    private static ExtractorInfo declared(JarFile jar) throws IOException {
        Map<String, Object> properties = new java.util.HashMap<>();
        java.util.regex.Pattern property = java.util.regex.Pattern.compile(
                "<property name=\"(vigie\\.extractor\\.[a-z]+)\"[^>]*?(?:value=\"([^\"]*)\"\\s*/>|>([^<]*)</property>)");
        for (var entry : jar.stream().filter(e -> e.getName().startsWith("OSGI-INF/")).toList()) {
            String xml = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            for (var m = property.matcher(xml); m.find();) {
                properties.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3).strip().split("\\s*\\n\\s*"));
            }
        }
        return ExtractorInfo.of(properties);
    }

    private static String option(String[] args, String name, String absent) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return absent;
    }

    private static double mbPerCpuSecond(long bytes, long cpuNanos) {
        return bytes * 1e3 / Math.max(1, cpuNanos);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The last CPU time seen of every thread, sampled every 100 ms, so threads that end are counted too. */
    private static final class ThreadCpu {
        private final Map<Long, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread = new Thread(this::sample, "bench-cpu-sampler");
        private volatile boolean running = true;

        ThreadCpu() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            while (running) {
                poll();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void poll() {
            var bean = ManagementFactory.getThreadMXBean();
            for (long id : bean.getAllThreadIds()) {
                var info = bean.getThreadInfo(id);
                long cpu = bean.getThreadCpuTime(id);
                if (info != null && cpu > 0) {
                    nanos.put(id, cpu);
                    names.put(id, info.getThreadName().replaceAll("[0-9]+", "N"));
                }
            }
        }

        /** CPU nanoseconds by thread name (digits dropped), the sampler's own left out. */
        Map<String, Long> stop() throws InterruptedException {
            running = false;
            thread.join();
            poll();
            Map<String, Long> byName = new java.util.TreeMap<>();
            nanos.forEach((id, cpu) -> byName.merge(names.get(id), cpu, Long::sum));
            byName.remove("bench-cpu-sampler");
            return byName;
        }
    }

    /** CPU nanoseconds of the live Java threads, by name with digits dropped (extractor-1, -2... are one). */
    private static Map<String, Long> cpuByThread() {
        var bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.TreeMap<>();
        for (long id : bean.getAllThreadIds()) {
            var info = bean.getThreadInfo(id);
            long nanos = bean.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                byName.merge(info.getThreadName().replaceAll("[0-9]+", "N"), nanos, Long::sum);
            }
        }
        return byName;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
