package org.vigie.entities.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.entities.api.EntityExtractor;

/** Test fakes: an in-memory corpus, a workspace in a temporary folder, fixture documents, a wired pipeline. */
final class Fixtures {

    private Fixtures() {
    }

    static Document document(String id, String fileName, String language) {
        return new Document(id, read("/fixtures/" + fileName), null, new DocumentMetadata("Titre de " + fileName,
                "Test", null, LocalDate.of(2025, 10, 27), language, fileName, null, null, "text/plain", Map.of()));
    }

    static Document text(String id, String text) {
        return new Document(id, text, null, new DocumentMetadata(null, null, null, null, "fr", id + ".txt", null, null,
                "text/plain", Map.of()));
    }

    static String read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workspace workspace(Path root) {
        return new Workspace() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public Path area(String name) {
                try {
                    return Files.createDirectories(root.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String vigieVersion() {
                return "test";
            }
        };
    }

    /** An index with no corpus beside it: mentions show their own text as their sentence. */
    static LuceneEntityIndex index(Path root) {
        return index(root, new MemoryCorpus());
    }

    /** An index whose mentions' sentences are cut from {@code corpus}. */
    static LuceneEntityIndex index(Path root, CorpusStore corpus) {
        LuceneEntityIndex index = new LuceneEntityIndex();
        index.workspace = workspace(root);
        index.corpus = corpus;
        index.activate();
        return index;
    }

    static Pipeline.Config config(double timeoutSeconds, int suspendAfterStuck) {
        return config(timeoutSeconds, suspendAfterStuck, 2);
    }

    static Pipeline.Config config(double timeoutSeconds, int suspendAfterStuck, int commitEvery) {
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
    static Pipeline pipeline(CorpusStore corpus, ResultStore index, Pipeline.Config config, EntityExtractor... extractors) {
        Pipeline pipeline = new Pipeline();
        pipeline.corpus = corpus;
        pipeline.store = index;
        pipeline.health = new ExtractorHealth();
        List<Map.Entry<Map<String, Object>, EntityExtractor>> services = new ArrayList<>();
        for (int i = 0; i < extractors.length; i++) {
            services.add(Map.entry(Map.of("service.id", (long) i + 1, "service.ranking", extractors.length - i,
                    "service.bundleid", 1L), extractors[i]));
        }
        pipeline.extractors = services;
        pipeline.activate(config, null);
        return pipeline;
    }

    /** A corpus store in memory, in insertion order. */
    static class MemoryCorpus implements CorpusStore {
        final Map<String, Document> documents = new LinkedHashMap<>();

        MemoryCorpus(Document... documents) {
            for (Document d : documents) {
                this.documents.put(d.id(), d);
            }
        }

        @Override
        public List<String> add(Collection<Document> added) {
            List<String> fresh = new ArrayList<>();
            added.forEach(d -> {
                if (documents.putIfAbsent(d.id(), d) == null) {
                    fresh.add(d.id());
                }
            });
            return fresh;
        }

        @Override
        public boolean contains(String id) {
            return documents.containsKey(id);
        }

        @Override
        public Optional<Document> get(String idOrPrefix) {
            return Optional.ofNullable(documents.get(idOrPrefix));
        }

        @Override
        public int remove(Collection<String> ids) {
            int before = documents.size();
            documents.keySet().removeAll(ids);
            return before - documents.size();
        }

        @Override
        public List<DocumentSummary> list(int offset, int limit) {
            return documents.values().stream().skip(offset).limit(limit).map(Document::summary).toList();
        }

        @Override
        public List<String> ids() {
            return List.copyOf(documents.keySet());
        }

        @Override
        public long count() {
            return documents.size();
        }

        @Override
        public SearchResult search(SearchRequest request) {
            throw new UnsupportedOperationException("not needed by the entity tests");
        }

        @Override
        public CorpusStats stats() {
            return new CorpusStats(documents.size(), 0, Map.of(), Map.of(), Map.of());
        }
    }
}
