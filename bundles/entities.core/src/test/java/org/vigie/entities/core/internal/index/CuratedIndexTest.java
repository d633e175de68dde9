package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.core.internal.curation.MemoryCurationLog;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.ListedNamesExtractor;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.testing.MemoryCorpusStore;

/** The index answers with the analyst's decisions applied, whatever the question. */
class CuratedIndexTest {

    @TempDir
    Path workspace;

    private LuceneEntityIndex index;
    private Pipeline pipeline;
    private final MemoryCurationLog log = new MemoryCurationLog();

    @BeforeEach
    void extract() {
        MemoryCorpusStore corpus = new MemoryCorpusStore(Fixtures.document("doc-a", "hanoi-interpol.txt", "fr"),
                Fixtures.document("doc-b", "singapour-asean.txt", "fr"),
                Fixtures.document("doc-c", "football-danang.txt", "fr"));
        index = Fixtures.index(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        pipeline.extract(List.of(), null);
        index.curationLog = log;
    }

    @AfterEach
    void close() throws Exception {
        Fixtures.close(pipeline);
        index.deactivate();
    }

    private Entity entity(String name) {
        return index.find(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    @Test
    void aMergeIsOneEntityInEveryAnswerAndSurvivesReExtraction() {
        Entity hanoi = entity("Hanoï");
        Entity quang = entity("Lương Tam Quang");
        Set<String> documents = new HashSet<>(index.documents(hanoi.key()));
        documents.addAll(index.documents(quang.key()));
        log.record(Decision.ENTITY_MERGE, List.of(hanoi.key(), quang.key()), Map.of("as", "Hanoï-Quang"), "");
        for (int round = 0; round < 2; round++) {
            Entity merged = entity("Quang");
            assertEquals(hanoi.key(), merged.key());
            assertEquals("Hanoï-Quang", merged.name());
            assertEquals(EntityType.LOCATION, merged.type());
            assertEquals(hanoi.mentions() + quang.mentions(), merged.mentions());
            assertEquals(documents.size(), merged.documents());
            assertTrue(merged.aliases().containsAll(List.of("Hanoï", "Lương Tam Quang")), merged.aliases().toString());
            assertEquals(merged, entity("hanoi-quang"));
            assertEquals(merged.mentions(), index.mentions(merged.key(), List.of(), 0).size());
            assertTrue(index.entities(List.of(), List.of(), 0).stream().noneMatch(e -> e.key().equals(quang.key())));
            assertEquals(1, index.document("doc-a").orElseThrow().entities().stream()
                    .filter(e -> e.key().equals(hanoi.key())).count());
            pipeline.extract(List.of(), null); // extraction again: the decision is applied on read
        }
        assertEquals(1, index.curation().applied());
        log.undo(1, "");
        assertEquals(quang.key(), entity("Quang").key());
        assertEquals(hanoi, entity("Hanoï"));
    }

    @Test
    void aSplitMovesTheDocumentsNamedToAnEntityOfTheirOwn() {
        Entity quang = entity("Lương Tam Quang");
        Set<String> documents = index.documents(quang.key());
        assertTrue(documents.size() > 1, "the fixture names him in several documents");
        String moved = documents.iterator().next();
        log.record(Decision.ENTITY_SPLIT, List.of(quang.key()), Map.of("documents", moved), "");
        List<Entity> quangs = index.entities(List.of(EntityType.PERSON), List.of(), 0).stream()
                .filter(e -> e.key().startsWith(quang.key())).toList();
        assertEquals(2, quangs.size(), quangs.toString());
        assertEquals(quang.mentions(), quangs.stream().mapToInt(Entity::mentions).sum());
        Entity part = quangs.stream().filter(e -> !e.key().equals(quang.key())).findFirst().orElseThrow();
        assertEquals(Set.of(moved), index.documents(part.key()));
        assertFalse(index.documents(quang.key()).contains(moved));
        assertTrue(index.mentions(part.key(), List.of(), 0).stream().allMatch(m -> m.documentId().equals(moved)));
        assertTrue(DocumentMentionsCheck.agree(index, moved).stream().anyMatch(m -> m.entityKey().equals(part.key())));
    }

    @Test
    void renameRetypeAndRejectShowInListsAndDocuments() {
        Entity interpol = entity("Interpol");
        log.record(Decision.ENTITY_RENAME, List.of(interpol.key()), Map.of("name", "OIPC-Interpol"), "");
        log.record(Decision.ENTITY_RETYPE, List.of(interpol.key()), Map.of("type", "EVENT"), "");
        Entity renamed = entity("oipc-interpol");
        assertEquals("EVENT:" + interpol.key().substring(interpol.key().indexOf(':') + 1), renamed.key());
        assertEquals(List.of(renamed), index.entities(List.of(EntityType.EVENT), List.of(), 0).stream()
                .filter(e -> e.key().equals(renamed.key())).toList());
        assertTrue(index.entities(List.of(EntityType.ORGANIZATION), List.of(), 0).stream()
                .noneMatch(e -> e.name().equals("Interpol")));
        assertEquals(renamed, entity("Interpol"), "the old name still finds it");
        Entity singapore = entity("Singapour");
        log.record(Decision.ENTITY_REJECT, List.of(singapore.key()), Map.of(), "not here");
        assertTrue(index.find("Singapour").isEmpty());
        assertTrue(index.document("doc-b").orElseThrow().entities().stream().noneMatch(e -> e.key().equals(singapore.key())));
        assertEquals(3, index.curation().applied());
    }

    @Test
    void aRejectInOneDocumentLeavesTheOthers() {
        Entity interpol = entity("Interpol");
        String one = index.documents(interpol.key()).iterator().next();
        log.record(Decision.ENTITY_REJECT, List.of(interpol.key()), Map.of("document", one), "");
        Entity left = entity("Interpol");
        assertEquals(interpol.documents() - 1, left.documents());
        assertTrue(index.mentions(left.key(), List.of(), 0).stream().map(Mention::documentId).noneMatch(one::equals));
        assertTrue(index.coOccurrences(left.key(), List.of(one), 0).isEmpty());
        assertTrue(DocumentMentionsCheck.agree(index, one).stream().noneMatch(m -> m.entityKey().equals(left.key())));
    }

    @Test
    void aDecisionOnEntitiesExtractionNoLongerMakesIsReported() {
        Entity interpol = entity("Interpol");
        Decision gone = log.record(Decision.ENTITY_MERGE, List.of(interpol.key(), "ORGANIZATION:atlantide"), Map.of(), "");
        assertEquals(Map.of(gone.id(), List.of("ORGANIZATION:atlantide")), index.curation().stale());
        assertEquals(0, index.curation().applied());
        assertEquals(interpol.mentions(), entity("Interpol").mentions());
    }
}
