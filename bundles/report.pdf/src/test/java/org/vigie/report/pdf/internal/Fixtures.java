package org.vigie.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.pdf.internal.section.CoreSections;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.testing.MemoryCorpusStore;

/** The test corpus (six short articles written for these tests), its entities, and a ready briefing service. */
public final class Fixtures {

    static final List<String> ARTICLES = List.of("a1", "a2", "a3", "a4", "a5", "a6");

    private Fixtures() {
    }

    public static List<Document> articles() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String name : ARTICLES) {
            docs.add(parse(name + ".txt", resource(name + ".txt")));
        }
        return docs;
    }

    public static GazetteerTagger tagger() throws IOException {
        return new GazetteerTagger(resource("gazetteer.tsv").lines().toList());
    }

    /** A briefing service over documents tagged with the test gazetteer, with every core section. */
    @SafeVarargs
    static WhiteboardBriefingService service(List<Document> docs, GazetteerTagger tagger,
            Map.Entry<Map<String, Object>, BriefingSection>... extra) {
        List<Mention> mentions = new ArrayList<>();
        docs.forEach(d -> mentions.addAll(tagger.tag(d)));
        return service(new MemoryCorpusStore(docs), new FakeEntityIndex(tagger.entities(), mentions), extra);
    }

    @SafeVarargs
    static WhiteboardBriefingService service(MemoryCorpusStore store, org.vigie.entities.api.EntityIndex index,
            Map.Entry<Map<String, Object>, BriefingSection>... extra) {
        WhiteboardBriefingService service = new WhiteboardBriefingService();
        service.store = store;
        service.index = index;
        service.failures = new SectionFailures();
        List<Map.Entry<Map<String, Object>, BriefingSection>> sections = new ArrayList<>(CoreSections.registered());
        sections.addAll(List.of(extra));
        service.sections = sections;
        service.activate(config("TLP:CLEAR"));
        return service;
    }

    /** A section service with the properties of {@code @BriefingSectionService(id, title, order, headed)}. */
    public static Map.Entry<Map<String, Object>, BriefingSection> registered(String id, String title, int order, boolean headed,
            BriefingSection section) {
        return Map.entry(new SectionInfo(id, title, order, headed, "").properties(), section);
    }

    /** A configuration with every attribute at its declared default, as DS gives without a configuration. */
    public static <A extends Annotation> A defaults(Class<A> type) {
        return configured(type, Map.of());
    }

    /** A configuration with the given attributes, the others at their defaults. */
    public static <A extends Annotation> A configured(Class<A> type, Map<String, Object> values) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type
                        : values.getOrDefault(method.getName(), method.getDefaultValue())));
    }

    static WhiteboardBriefingService.Config config(String marking) {
        return new WhiteboardBriefingService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WhiteboardBriefingService.Config.class;
            }

            @Override
            public String marking() {
                return marking;
            }

            @Override
            public String author() {
                return "Cellule d’analyse (test)";
            }

            @Override
            public String title() {
                return "Note de synthèse";
            }

            @Override
            public int maxDocuments() {
                return 100_000;
            }
        };
    }

    public static Document document(String title, String source, String url, LocalDate published, String fileName, String text) {
        return new Document(id(text), text, text, new DocumentMetadata(title, source, url, published, "fr", fileName,
                "/fixtures/" + fileName, null, "text/plain", Map.of()));
    }

    /** The seed corpus next to the repository ({@code ../shared/corpus}), when this clone has it. */
    static Optional<Path> sharedCorpus() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(corpus)) {
                return Optional.of(corpus);
            }
        }
        return Optional.empty();
    }

    private static Document parse(String fileName, String content) {
        String[] parts = content.split("\n\n", 2);
        Map<String, String> head = new java.util.HashMap<>();
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(": ");
            head.put(line.substring(0, colon), line.substring(colon + 2).strip());
        }
        String published = head.get("published");
        return document(head.get("title"), head.get("source"), head.get("url"),
                published == null ? null : LocalDate.parse(published), fileName, parts[1].strip());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/briefing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
