package org.vigie.corpus.store.internal;

import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.delete;
import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.mib;
import static org.vigie.corpus.store.internal.CorpusBenchmarkFiles.size;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportReport;

/**
 * The benchmark's import through the real {@code CorpusImporter} of bundle
 * {@code org.vigie.corpus.importers} and its JSON Lines importer, wired by hand the way DS wires
 * them. That bundle is not a dependency of this one: {@code bench/corpus/run.sh} puts it on the
 * class path, and without it this run is skipped.
 */
final class ImporterRun {
    private static final String PACKAGE = "org.vigie.corpus.importers.internal.";

    private ImporterRun() {
    }

    static void run(Path work, int count) throws IOException {
        Path folder = work.resolve("jsonl-" + count);
        Path workspace = work.resolve("importer-" + count);
        try {
            Class.forName(PACKAGE + "DefaultCorpusImporter");
        } catch (ClassNotFoundException e) {
            System.out.println("importer: org.vigie.corpus.importers is not on the class path, skipped");
            return;
        }
        delete(folder);
        delete(workspace);
        NewsCorpusGenerator.writeJsonLinesFolder(folder, count, 1000);
        long bytes = size(folder);
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            CorpusImporter importer = wire(store);
            long start = System.nanoTime();
            ImportReport report = importer.importPaths(List.of(folder), ImportOptions.DEFAULT, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "importer (JSON Lines files of 1 000 articles, %s): %s, %d new documents in"
                    + " %.1f s: %.0f docs/s, %.1f MB/s of JSON, index %s%n", mib(bytes),
                    report.summary(), report.documentsAdded(), seconds, report.documentsAdded() / seconds,
                    bytes / 1e6 / seconds, mib(size(workspace)));
        } catch (ReflectiveOperationException e) {
            System.out.println("importer: cannot wire org.vigie.corpus.importers (" + e + "), skipped");
        }
    }

    private static CorpusImporter wire(CorpusStore store) throws ReflectiveOperationException {
        Class<?> type = Class.forName(PACKAGE + "DefaultCorpusImporter");
        Object importer = type.getDeclaredConstructor().newInstance();
        Object jsonLines = Class.forName(PACKAGE + "JsonLinesImporter").getDeclaredConstructor().newInstance();
        set(importer, "store", store);
        set(importer, "importers", List.of(Map.entry(Map.<String, Object>of(), jsonLines)));
        set(importer, "listeners", List.of());
        Class<?> config = Class.forName(type.getName() + "$Config");
        Object settings = Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] {config},
                (proxy, method, args) -> "maxFileSizeMb".equals(method.getName()) ? 1024L : method.getDefaultValue());
        Method activate = type.getDeclaredMethod("activate", config);
        activate.setAccessible(true);
        activate.invoke(importer, settings);
        return (CorpusImporter) importer;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
