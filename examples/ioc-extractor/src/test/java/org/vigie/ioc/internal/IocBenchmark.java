package org.vigie.ioc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.vigie.corpus.api.Document;

/**
 * Throughput of the indicator extractor, rerunnable:
 * {@code mvn -pl examples/ioc-extractor exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.vigie.ioc.internal.IocBenchmark}. The documents are the module's bulletin
 * fixture and the shared articles when present, each copied {@code ROUNDS} times with a
 * different suffix so that no run sees an identical text; prints the median of 7 timed passes.
 */
public final class IocBenchmark {

    private static final int ROUNDS = 200;
    private static final int PASSES = 7;

    private IocBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = texts();
        List<Document> documents = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : texts) {
                documents.add(Texts.document(text + "\nréf. " + round));
            }
        }
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        var extractor = new IocExtractor();
        run(extractor, documents);
        long[] nanos = new long[PASSES];
        long annotations = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            annotations = run(extractor, documents);
            nanos[pass] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double seconds = nanos[PASSES / 2] / 1e9;
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of text, %d indicators per pass%n", documents.size(),
                chars / 1e6, annotations);
        System.out.printf(Locale.ROOT, "median of %d passes: %.3f s = %.1f MB/s, %.0f documents/s%n", PASSES, seconds,
                chars / 1e6 / seconds, documents.size() / seconds);
    }

    private static long run(IocExtractor extractor, List<Document> documents) {
        long annotations = 0;
        for (Document document : documents) {
            annotations += extractor.extract(document).size();
        }
        return annotations;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(Texts.resource("bulletin-menaces.txt")));
        Path shared = SharedCorpusTest.sharedFolder();
        for (String corpus : List.of("corpus", "corpus-dev")) {
            Path folder = shared == null ? null : shared.resolve(corpus);
            if (folder != null && Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                }
            }
        }
        return texts;
    }
}
