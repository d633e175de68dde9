package org.vigie.entities.core.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractionReport;
import org.vigie.entities.core.internal.index.IndexFixtures;
import org.vigie.entities.core.internal.index.LuceneEntityIndex;
import org.vigie.testing.MemoryCorpusStore;

/** Test fixtures: fixture documents, an entity index in a temporary folder, a wired pipeline. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Document document(String id, String fileName, String language) {
        return new Document(id, read("/fixtures/" + fileName), null, new DocumentMetadata("Titre de " + fileName,
                "Test", null, LocalDate.of(2025, 10, 27), language, fileName, null, null, "text/plain", Map.of()));
    }

    public static Document text(String id, String text) {
        return new Document(id, text, null, new DocumentMetadata(null, null, null, null, "fr", id + ".txt", null, null,
                "text/plain", Map.of()));
    }

    /** Three short French texts for index and pipeline tests: Interpol in Lyon, ASEAN in Singapore, Trần Thị Hoa at UNODC. */
    public static final Document DOC_A = text("doc-a", "Interpol siège à Lyon.");
    public static final Document DOC_B = text("doc-b", "L'ASEAN se réunit à Singapour.");
    public static final Document DOC_C = text("doc-c", "Trần Thị Hoa travaille à l'ONUDC.");

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index with no corpus beside it: mentions show their own text as their sentence. */
    public static LuceneEntityIndex index(Path root) {
        return index(root, new MemoryCorpusStore());
    }

    /** An index whose mentions' sentences are cut from {@code corpus}. */
    public static LuceneEntityIndex index(Path root, CorpusStore corpus) {
        return IndexFixtures.index(root, corpus);
    }

    public static Pipeline.Config config(double timeoutSeconds, int suspendAfterStuck) {
        return config(timeoutSeconds, suspendAfterStuck, 2);
    }

    public static Pipeline.Config config(double timeoutSeconds, int suspendAfterStuck, int commitEvery) {
        return new Pipeline.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Pipeline.Config.class;
            }

            @Override
            public double timeoutSeconds() {
                return timeoutSeconds;
            }

            @Override
            public int suspendAfterStuck() {
                return suspendAfterStuck;
            }

            @Override
            public int commitEvery() {
                return commitEvery;
            }
        };
    }

    /** A pipeline over {@code corpus} and {@code index}, extractors ranked in the given order. */
    public static Pipeline pipeline(CorpusStore corpus, ResultStore index, Pipeline.Config config,
            DeclaredExtractor... extractors) {
        Pipeline pipeline = new Pipeline();
        pipeline.corpus = corpus;
        pipeline.store = index;
        pipeline.health = new ExtractorHealth();
        List<Map.Entry<Map<String, Object>, EntityExtractor>> services = new ArrayList<>();
        for (int i = 0; i < extractors.length; i++) {
            services.add(DeclaredExtractor.service(extractors[i], i + 1, extractors.length - i));
        }
        pipeline.extractors = services;
        pipeline.activate(config, null);
        return pipeline;
    }

    /** The import listener over {@code pipeline} and {@code store}, wired as DS would. */
    public static ExtractOnImport onImport(Pipeline pipeline, ResultStore store) {
        ExtractOnImport listener = new ExtractOnImport();
        listener.store = store;
        listener.pipeline = pipeline;
        return listener;
    }

    /** Points {@code pipeline} at another store (an index reopened). */
    public static void store(Pipeline pipeline, ResultStore store) {
        pipeline.store = store;
    }

    /** Unregisters every extractor of {@code pipeline}. */
    public static void noExtractors(Pipeline pipeline) {
        pipeline.extractors = List.of();
    }

    /** Extracts documents as one import batch. */
    public static ExtractionReport batch(Pipeline pipeline, List<Document> documents) {
        return pipeline.extract(documents);
    }

    /** Stops {@code pipeline} as DS deactivates it. */
    public static void close(Pipeline pipeline) {
        pipeline.deactivate();
    }
}
