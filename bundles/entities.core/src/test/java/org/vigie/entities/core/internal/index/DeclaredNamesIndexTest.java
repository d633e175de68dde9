package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameLink;
import org.vigie.entities.api.Span;
import org.vigie.entities.core.internal.pipeline.FakeExtractor;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.testing.MemoryCorpusStore;

/** Names a document declares one thing are one entity across the corpus, with their evidence, for as long as it says so. */
class DeclaredNamesIndexTest {

    private static final String OFFICE = "Office des Nations unies contre la drogue et le crime";
    private static final String DECLARING = "L'" + OFFICE + ", dit ONUDC, siège à Vienne.";

    @TempDir
    Path workspace;

    private final AtomicBoolean declare = new AtomicBoolean(true);
    private LuceneEntityIndex index;
    private Pipeline pipeline;

    @BeforeEach
    void extract() {
        MemoryCorpusStore corpus = new MemoryCorpusStore(Fixtures.text("doc-a", DECLARING),
                Fixtures.text("doc-b", "L'ONUDC publie un rapport."),
                Fixtures.text("doc-c", "Le rapport de l'" + OFFICE + " est paru. Il cite l'" + OFFICE + "."));
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4),
                new FakeExtractor("names", Set.of("fr"), this::names));
        pipeline.extract(List.of(), null);
    }

    @AfterEach
    void close() throws Exception {
        Fixtures.close(pipeline);
        index.deactivate();
    }

    /** Every occurrence of the two names; in doc-a, ONUDC declared for the office while {@link #declare} holds. */
    private List<Annotation> names(Document document) {
        List<Annotation> found = new ArrayList<>();
        for (String name : List.of(OFFICE, "ONUDC")) {
            for (int at = document.text().indexOf(name); at >= 0; at = document.text().indexOf(name, at + 1)) {
                Map<String, String> features = name.equals("ONUDC") && document.id().equals("doc-a") && declare.get()
                        ? Map.of(Features.DECLARED, OFFICE) : Map.of();
                found.add(new Annotation(new Span(at, at + name.length()), EntityType.ORGANIZATION, name, name, features,
                        0.9, "names"));
            }
        }
        return found;
    }

    @Test
    void declaredNamesAreOneEntityEverywhereTheyAreRead() {
        List<Entity> organizations = index.entities(List.of(EntityType.ORGANIZATION), List.of(), 0);
        assertEquals(1, organizations.size());
        Entity office = organizations.get(0);
        assertEquals("ORGANIZATION:office des nations unies contre la drogue et le crime", office.key());
        assertEquals(OFFICE, office.name());
        assertEquals(List.of("ONUDC"), office.aliases());
        assertEquals(5, office.mentions());
        assertEquals(3, office.documents());
        assertEquals(office, index.find("ONUDC").orElseThrow());
        assertEquals(office, index.find("ORGANIZATION:onudc").orElseThrow());
        assertEquals(5, index.mentions(office.key(), List.of(), 0).size());
        assertEquals(Set.of("doc-a", "doc-b", "doc-c"), index.documents(office.key()));
        List<Entity> inA = index.document("doc-a").orElseThrow().entities();
        assertEquals(1, inA.size());
        assertEquals(2, inA.get(0).mentions());
    }

    @Test
    void eachMergeKeepsTheDocumentAndSentenceThatDeclaredIt() {
        assertEquals(List.of(new NameLink(OFFICE, "ONUDC", "doc-a", DECLARING)),
                index.links("ORGANIZATION:office des nations unies contre la drogue et le crime"));
    }

    @Test
    void aMergeGoesWithTheDocumentThatAloneDeclaredIt() {
        index.remove(List.of("doc-a"));
        assertEquals(2, index.entities(List.of(EntityType.ORGANIZATION), List.of(), 0).size());
        assertTrue(index.links("ORGANIZATION:onudc").isEmpty());
    }

    @Test
    void aMergeGoesWhenItsDocumentIsExtractedAgainWithoutDeclaringIt() {
        declare.set(false);
        pipeline.extract(List.of("doc-a"), null);
        assertEquals(2, index.entities(List.of(EntityType.ORGANIZATION), List.of(), 0).size());
        declare.set(true);
        pipeline.extract(List.of(), null);
        assertEquals(1, index.entities(List.of(EntityType.ORGANIZATION), List.of(), 0).size());
    }
}
