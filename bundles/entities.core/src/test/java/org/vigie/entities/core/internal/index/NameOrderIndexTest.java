package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * People across documents: a name written in another word order is the same person when a role is
 * shared or the extractor declares the order, never when their roles conflict; people of one name
 * whose roles belong to different walks of life are two people.
 */
class NameOrderIndexTest {

    /** Document, then its one person: name as written, role, the name it declares (or ""). */
    private static final String[][] PEOPLE = {
        {"doc-a", "Tô Lâm", "secrétaire général", ""},
        {"doc-b", "Lâm Tô", "secrétaire général", ""},
        {"doc-c", "Quang Hải", "footballeur", ""},
        {"doc-d", "Hải Quang", "ministre", ""},
        {"doc-e", "Xi Jinping", "ministre", "Jinping Xi"},
        {"doc-f", "Jinping Xi", "entraîneur", "Xi Jinping"},
        {"doc-g", "Nguyễn Văn Toàn", "ministre de la Défense", ""},
        {"doc-h", "Nguyễn Văn Toàn", "ministre de la Défense", ""},
        {"doc-i", "Nguyễn Văn Toàn", "footballeur", ""},
        {"doc-j", "Nguyễn Văn Toàn", "", ""},
    };

    @TempDir
    Path workspace;

    private final Map<String, String[]> personOf = new HashMap<>();
    private LuceneEntityIndex index;
    private Pipeline pipeline;

    @BeforeEach
    void extract() {
        List<Document> documents = new ArrayList<>();
        for (String[] person : PEOPLE) {
            personOf.put(person[0], person);
            documents.add(Fixtures.text(person[0], sentence(person)));
        }
        MemoryCorpusStore corpus = new MemoryCorpusStore(documents.toArray(Document[]::new));
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4),
                new FakeExtractor("people", Set.of("fr"), this::people));
        pipeline.extract(List.of(), null);
    }

    @AfterEach
    void close() throws Exception {
        Fixtures.close(pipeline);
        index.deactivate();
    }

    private static String sentence(String[] person) {
        return (person[2].isEmpty() ? "Selon la presse, " : "Le " + person[2] + " ") + person[1] + " a parlé mardi.";
    }

    private List<Annotation> people(Document document) {
        String[] person = personOf.get(document.id());
        int at = document.text().indexOf(person[1]);
        Map<String, String> features = new HashMap<>();
        if (!person[2].isEmpty()) {
            features.put(Features.ROLE, person[2]);
        }
        if (!person[3].isEmpty()) {
            features.put(Features.DECLARED, person[3]);
        }
        return List.of(new Annotation(new Span(at, at + person[1].length()), EntityType.PERSON, person[1], person[1],
                features, 0.9, "people"));
    }

    private Entity person(String name) {
        return index.find(name).orElseThrow();
    }

    @Test
    void aNameInTheOtherOrderWithTheSameRoleIsOnePersonWithItsEvidence() {
        Entity lam = person("Tô Lâm");
        assertEquals(lam, person("Lâm Tô"));
        assertEquals(Set.of("doc-a", "doc-b"), index.documents(lam.key()));
        List<NameLink> links = index.links(lam.key());
        assertEquals(1, links.size());
        assertTrue(Set.of("doc-a", "doc-b").contains(links.get(0).documentId()));
        assertTrue(links.get(0).sentence().contains("secrétaire général"));
    }

    @Test
    void theSameWordsWithoutASharedRoleAreTwoPeople() {
        assertNotEquals(person("Quang Hải").key(), person("Hải Quang").key());
    }

    @Test
    void aDeclaredOrderIsRefusedWhenTheRolesConflict() {
        assertNotEquals(person("Xi Jinping").key(), person("Jinping Xi").key());
        assertTrue(index.links(person("Xi Jinping").key()).isEmpty());
    }

    @Test
    void oneNameWithRolesOfTwoWalksOfLifeIsTwoPeople() {
        List<Entity> toan = index.entities(List.of(EntityType.PERSON), List.of(), 0).stream()
                .filter(e -> e.name().equals("Nguyễn Văn Toàn")).toList();
        assertEquals(2, toan.size());
        Entity minister = toan.stream().filter(e -> e.roles().contains("ministre de la Défense")).findFirst().orElseThrow();
        Entity footballer = toan.stream().filter(e -> e.roles().contains("footballeur")).findFirst().orElseThrow();
        assertEquals(Set.of("doc-g", "doc-h", "doc-j"), index.documents(minister.key()));
        assertEquals(Set.of("doc-i"), index.documents(footballer.key()));
        assertEquals("PERSON:nguyen van toan#role:sport", footballer.key());
    }
}
