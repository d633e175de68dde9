package org.vigie.corpus.importers.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.importers.internal.html.HtmlImporter;
import org.vigie.corpus.importers.internal.jsonl.JsonLinesImporter;
import org.vigie.corpus.importers.internal.pdf.PdfImporter;
import org.vigie.corpus.importers.internal.text.PlainTextImporter;
import org.vigie.testing.MemoryCorpusStore;

/**
 * Rerunnable benchmark of the import path without a real store: generates {@code N} synthetic
 * French news files (sentences and names recombined, with the furniture of copied pages), imports
 * them through {@link DefaultCorpusImporter} (walk, decode, layout, language, hash, batching) into
 * a store that only counts, and prints files/s, MB/s and heap. Run with
 * {@code mvn -B -q -pl bundles/corpus.importers test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.vigie.corpus.importers.internal.ImportBenchmark -Dexec.args="10000 3"} (files, rounds).
 */
public final class ImportBenchmark {

    private static final String[] PEOPLE = {"Lương Tam Quang", "Valdecy Urquiza", "Catherine De Bolle",
        "Bùi Văn Nam", "Phạm Thế Tùng", "Jürgen Stock", "António Guterres", "Tô Lâm"};
    private static final String[] BODIES = {"Interpol", "Europol", "l'ONUDC", "l'ASEAN", "Eurojust",
        "le ministère de la Sécurité publique", "le Conseil de l'Europe", "l'Afripol"};
    private static final String[] PLACES = {"Hanoï", "Lyon", "La Haye", "Singapour", "Vientiane", "Genève",
        "Bruxelles", "Alger"};
    private static final String[] SENTENCES = {
        "%s a reçu à %s une délégation de %s pour parler de la lutte contre la cybercriminalité.",
        "Selon %s, la coopération avec %s a permis de démanteler un réseau actif à %s.",
        "Les enquêteurs de %s ont saisi des serveurs à %s, a indiqué %s.",
        "À %s, %s a rappelé que %s devait partager davantage d'informations criminelles.",
        "La Convention de Budapest reste une référence, a estimé %s devant %s réuni à %s.",
        "%s a salué l'ouverture à la signature de la convention des Nations unies, à %s, en présence de %s.",
    };

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("vigie-import-bench");
        try {
            long bytes = generate(dir, files);
            for (int round = 1; round <= rounds; round++) {
                run(dir, files, bytes, round);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int files, long bytes, int round) {
        DefaultCorpusImporter corpus = new DefaultCorpusImporter();
        CountingStore store = new CountingStore();
        corpus.store = store;
        corpus.importers = List.of(Fixtures.registered("text", new PlainTextImporter(), "service.ranking", -100),
                Fixtures.registered("html", new HtmlImporter()), Fixtures.registered("pdf", new PdfImporter()),
                Fixtures.registered("jsonl", new JsonLinesImporter()));
        corpus.listeners = List.of();
        corpus.activate(Fixtures.config(50, 500, 100));
        System.gc();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportReport report = corpus.importPaths(List.of(dir), ImportOptions.DEFAULT, null);
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = report.elapsed().toNanos() / 1e9;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "round %d: %d files, %.1f MB in %.2f s (%.2f s CPU): %.0f files/s, %.1f MB/s, "
                + "%.0f files per CPU second, %d commits, %s, heap after GC %d MB%n", round, files, bytes / 1e6, seconds,
                cpu, files / seconds, bytes / 1e6 / seconds, files / cpu, store.commits, report.summary(), heap >> 20);
    }

    private static long generate(Path dir, int files) throws IOException {
        Random random = new Random(2025_10_25);
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path folder = Files.createDirectories(dir.resolve(String.format("%03d", i / 1000)));
            byte[] text = article(random, i).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("%06d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    private static String article(Random random, int i) {
        StringBuilder text = new StringBuilder("Vietnam.vn - Plateforme de promotion\n\n");
        text.append(pick(random, BODIES)).append(" renforce sa coopération à ").append(pick(random, PLACES))
                .append(" (").append(i).append(")\n\n");
        int paragraphs = 3 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            for (int s = 0; s < 3; s++) {
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                text.append(String.format(sentence, pick(random, PEOPLE), pick(random, PLACES), pick(random, BODIES)))
                        .append(' ');
            }
            text.append("\nPhoto : VNA/CVN\n");
        }
        text.append(String.format("Source: https://exemple.vn/article-2025%02d%02d%06d.htm%n", 1 + i % 12, 1 + i % 28,
                i));
        return text.append("\nComment (0)\n\nMême catégorie\n\nPatrimoine\nÉconomie\n").toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A store that keeps only the ids, so the benchmark measures the import path. */
    private static final class CountingStore extends MemoryCorpusStore {
        final java.util.Set<String> ids = new java.util.HashSet<>();
        int commits;

        @Override
        public List<String> add(Collection<Document> batch) {
            commits++;
            return batch.stream().map(Document::id).filter(ids::add).toList();
        }
    }
}
