package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.core.internal.pipeline.ExtractOnImport;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.ListedNamesExtractor;
import org.vigie.entities.core.internal.pipeline.Pipeline;
import org.vigie.entities.core.internal.query.EntityQueries;
import org.vigie.testing.MemoryCorpusStore;

/** The index over three short French fixture articles extracted by the listed-names test extractor (also run on a cluster: {@link ClusterEntityIndexTest}). */
class EntityIndexTest {

    @TempDir
    Path workspace;

    private LuceneEntityIndex index;
    private Pipeline pipeline;
    private MemoryCorpusStore corpus;

    @BeforeEach
    void extract() {
        corpus = new MemoryCorpusStore(Fixtures.document("doc-a", "hanoi-interpol.txt", "fr"),
                Fixtures.document("doc-b", "singapour-asean.txt", "fr"),
                Fixtures.document("doc-c", "football-danang.txt", "fr"));
        index = open(workspace, corpus);
        pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4), ListedNamesExtractor.fromFixture("names"));
        pipeline.extract(List.of(), null);
    }

    /** The index under test, opened (and reopened) on {@code workspace}: the embedded one here. */
    LuceneEntityIndex open(Path workspace, MemoryCorpusStore corpus) {
        return Fixtures.index(workspace, corpus);
    }

    @AfterEach
    void close() throws Exception {
        Fixtures.close(pipeline);
        index.deactivate();
    }

    @Test
    void spellingsOfOnePersonAcrossDocumentsAreOneEntityNamedByTheAccentedForm() {
        Entity quang = index.find("luong tam quang").orElseThrow();
        assertEquals("PERSON:luong tam quang", quang.key());
        assertEquals("Lương Tam Quang", quang.name());
        assertEquals(Set.of("Quang", "Luong Tam Quang"), Set.copyOf(quang.aliases()));
        assertEquals(List.of("vice-ministre de la Sécurité publique"), quang.roles());
        assertEquals(List.of("Ministère de la Sécurité publique"), quang.affiliations());
        assertEquals(3, quang.mentions());
        assertEquals(2, quang.documents());
        assertEquals(quang, index.find("Quang").orElseThrow());
    }

    @Test
    void aliasesIncludeExpansionsAndAcronymsGivenByTheExtractor() {
        Entity interpol = index.find("OIPC").orElseThrow();
        assertEquals("Interpol", interpol.name());
        assertEquals(EntityType.ORGANIZATION, interpol.type());
        assertEquals(Set.of("Organisation internationale de police criminelle", "OIPC"), Set.copyOf(interpol.aliases()));
        assertEquals(4, interpol.mentions());
        assertEquals(2, interpol.documents());
    }

    @Test
    void twoPeopleWithOneFoldedNameButDifferentAffiliationsStayApart() {
        List<Entity> ans = index.entities(Set.of(EntityType.PERSON), List.of(), 0).stream()
                .filter(e -> e.key().startsWith("PERSON:nguyen van an")).toList();
        assertEquals(2, ans.size(), ans.toString());
        Map<String, Entity> byName = ans.stream().collect(Collectors.toMap(Entity::name, e -> e));
        assertEquals(List.of("Ministère de la Sécurité publique"), byName.get("Nguyễn Văn An").affiliations());
        assertEquals(List.of("général"), byName.get("Nguyễn Văn An").roles());
        assertEquals(1, byName.get("Nguyễn Văn An").mentions());
        assertEquals(List.of("Hoàng Anh Gia Lai"), byName.get("Nguyen Van An").affiliations());
        assertEquals(2, byName.get("Nguyen Van An").mentions());
        assertNotEquals(byName.get("Nguyễn Văn An").key(), byName.get("Nguyen Van An").key());
        assertEquals(2, index.mentions(byName.get("Nguyen Van An").key(), List.of(), 10).size());
        assertEquals(Set.of("doc-a"), index.mentions(byName.get("Nguyễn Văn An").key(), List.of(), 10).stream()
                .map(Mention::documentId).collect(Collectors.toSet()));
    }

    @Test
    void aPersonWithoutAffiliationJoinsTheOnlyKnownOne() {
        pipeline.extract(Fixtures.text("doc-d", "Nguyễn Văn An a démissionné."));
        List<Entity> ans = index.entities(Set.of(EntityType.PERSON), List.of(), 0).stream()
                .filter(e -> e.key().startsWith("PERSON:nguyen van an")).toList();
        assertEquals(2, ans.size());
        assertEquals(List.of(1, 2), ans.stream().map(Entity::documents).sorted().toList());
    }

    @Test
    void entitiesAreListedMostMentionedFirstAndCanBeRestrictedToDocumentsAndTypes() {
        List<Entity> places = index.entities(Set.of(EntityType.LOCATION), List.of("doc-b"), 10);
        assertEquals(List.of("Singapour", "Hanoï", "Viêt Nam"), places.stream().map(Entity::name).toList());
        assertEquals(List.of(2, 1, 1), places.stream().map(Entity::mentions).toList());
        assertEquals(1, index.entities(List.of(), List.of(), 1).size());
        assertEquals("Interpol", index.entities(List.of(), List.of(), 1).get(0).name());
        assertTrue(index.entities(List.of(), List.of(), 0).stream().noneMatch(e -> e.type().equals(EntityType.DATE)));
    }

    @Test
    void oneDocumentsMentionsAreItsEntitiesMentionsInTextOrder() {
        for (String id : List.of("doc-a", "doc-b", "doc-c")) {
            List<Mention> mentions = DocumentMentionsCheck.agree(index, id);
            assertFalse(mentions.isEmpty(), id);
            assertTrue(mentions.stream().allMatch(m -> m.documentId().equals(id) && m.entityKey() != null
                    && m.sentenceText() != null), mentions.toString());
        }
        assertTrue(index.mentions("never-extracted").isEmpty());
    }

    @Test
    void theDocumentsOfAnEntityAreTheOnesItsMentionsStandIn() {
        Set<String> fromMentions = index.mentions("PERSON:luong tam quang", List.of(), 0).stream()
                .map(Mention::documentId).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("doc-a", "doc-b"), fromMentions);
        assertEquals(fromMentions, index.documents("PERSON:luong tam quang"));
        assertTrue(index.documents("PERSON:nobody at all").isEmpty());
    }

    @Test
    void aMentionWhoseDocumentLeftTheCorpusShowsItsOwnTextForASentence() {
        corpus.remove(List.of("doc-a"));
        Mention quang = index.mentions("PERSON:luong tam quang", List.of("doc-a"), 10).stream()
                .filter(m -> m.text().equals("Quang")).findFirst().orElseThrow();
        assertEquals("Quang", quang.sentenceText());
        assertTrue(quang.sentence().length() > quang.span().length(), "the sentence's span is still known");
    }

    @Test
    void mentionsCarryTheirSentenceEvenAfterAnAbbreviation() {
        List<Mention> mentions = index.mentions("PERSON:luong tam quang", List.of(), 10);
        assertEquals(3, mentions.size());
        Mention quang = mentions.stream().filter(m -> m.text().equals("Quang")).findFirst().orElseThrow();
        assertEquals("M. Quang a salué la coopération avec l'Organisation internationale de police criminelle (OIPC) "
                + "dans la lutte contre la cybercriminalité.", quang.sentenceText());
        assertEquals(quang.sentenceText(), quang.sentence().of(corpus.get("doc-a").orElseThrow().text()));
        assertEquals("doc-a", mentions.get(0).documentId());
        assertTrue(mentions.get(0).span().begin() < mentions.get(1).span().begin());
        Mention lam = index.mentions("PERSON:t. lam", List.of(), 1).get(0);
        assertTrue(lam.sentenceText().startsWith("Selon T. Lâm, porte-parole du ministère, Hanoï"), lam.sentenceText());
        assertEquals(1, index.mentions("PERSON:luong tam quang", List.of("doc-b"), 10).size());
    }

    @Test
    void coOccurrencesCountSharedSentences() {
        List<CoOccurrence> withQuang = index.coOccurrences("PERSON:luong tam quang", List.of(), 10);
        Map<String, Integer> counts = withQuang.stream()
                .collect(Collectors.toMap(c -> c.second().name(), CoOccurrence::sentences));
        assertEquals(Map.of("Interpol", 2, "Hanoï", 1, "Singapour", 1, "ASEAN", 1), counts);
        assertEquals("Interpol", withQuang.get(0).second().name());
        assertEquals("Lương Tam Quang", withQuang.get(0).first().name());

        CoOccurrence top = index.coOccurrences(List.of(), 1).get(0);
        assertEquals(Set.of("Interpol", "Lương Tam Quang"), Set.of(top.first().name(), top.second().name()));
        assertEquals(2, top.sentences());
        assertEquals(1, index.coOccurrences("PERSON:luong tam quang", List.of("doc-b"), 10).stream()
                .filter(c -> c.second().name().equals("Singapour")).findFirst().orElseThrow().sentences());
    }

    @Test
    void datesAndOneDocumentsEntitiesAreReadBack() {
        List<Mention> dates = index.dates(List.of("doc-a"));
        assertEquals(1, dates.size());
        assertEquals("26 octobre", dates.get(0).text());
        assertEquals("2025-10-26", dates.get(0).value());
        assertEquals(EntityType.DATE, dates.get(0).type());

        DocumentEntities a = index.document("doc-a").orElseThrow();
        Entity interpol = a.entities().stream().filter(e -> e.name().equals("Interpol")).findFirst().orElseThrow();
        assertEquals(3, interpol.mentions());
        assertEquals(List.of("Organisation internationale de police criminelle", "OIPC"), interpol.aliases());
        assertEquals("names", a.runs().get(0).extractorId());
        assertFalse(index.document("never-extracted").isPresent());
    }

    @Test
    void theIndexSurvivesARestartAndForgetsRemovedDocuments() throws Exception {
        index.deactivate();
        index = open(workspace, corpus);
        assertEquals(3, index.find("Lương Tam Quang").orElseThrow().mentions());

        ExtractOnImport listener = Fixtures.onImport(pipeline, index);
        Fixtures.store(pipeline, index);
        listener.documentsRemoved(List.of("doc-b"));
        assertEquals(1, index.find("Lương Tam Quang").orElseThrow().documents());
        listener.documentsAdded(List.of(corpus.get("doc-b").orElseThrow()));
        assertEquals(2, index.find("Lương Tam Quang").orElseThrow().documents());
    }

    @Test
    void aDocumentThatSpellsANameWithoutAccentsGivesItTheCorpusName() {
        Entity quang = index.document("doc-b").orElseThrow().entities().stream()
                .filter(e -> e.key().equals("PERSON:luong tam quang")).findFirst().orElseThrow();
        assertEquals("Lương Tam Quang", quang.name());
        assertEquals(List.of("Luong Tam Quang"), quang.aliases());
        Entity inA = index.document("doc-a").orElseThrow().entities().stream()
                .filter(e -> e.key().equals("PERSON:luong tam quang")).findFirst().orElseThrow();
        assertEquals("Lương Tam Quang", inA.name());
        assertFalse(inA.aliases().contains("Lương Tam Quang"));
    }

    @Test
    void theAccentedSpellingWinsOverAMoreFrequentPlainOneWhereverItIsSeen() {
        List<Document> plain = new java.util.ArrayList<>();
        for (int i = 0; i < EntityQueries.DETAIL_DOCUMENTS + 5; i++) {
            plain.add(Fixtures.text("plain-" + i, "Luong Tam Quang est arrivé à Hanoï."));
        }
        Pipeline batch = Fixtures.pipeline(corpus, index, Fixtures.config(5, 4, 10_000),
                ListedNamesExtractor.fromFixture("names"));
        Fixtures.batch(batch, plain);
        Fixtures.close(batch);
        Entity quang = index.find("Luong Tam Quang").orElseThrow();
        assertEquals("Lương Tam Quang", quang.name());
        assertEquals(EntityQueries.DETAIL_DOCUMENTS + 7, quang.documents());
        assertEquals("Lương Tam Quang", index.entities(Set.of(EntityType.PERSON), List.of("plain-3"), 0).get(0).name());
        assertEquals("Lương Tam Quang", index.document("plain-3").orElseThrow().entities().stream()
                .filter(e -> e.type().equals(EntityType.PERSON)).findFirst().orElseThrow().name());
    }

    @Test
    void anImportBatchIsQueryableAtOnceAndKeptAcrossARestart() throws Exception {
        ExtractOnImport listener = Fixtures.onImport(pipeline, index);
        assertEquals(1, index.find("Tran Thi Hoa").orElseThrow().documents());
        listener.documentsAdded(List.of(Fixtures.text("doc-e", "Trần Thị Hoa, experte de l'ONUDC, était à Hanoï.")));
        assertEquals(2, index.find("Tran Thi Hoa").orElseThrow().documents());
        index.deactivate();
        index = open(workspace, corpus);
        assertEquals(2, index.find("Tran Thi Hoa").orElseThrow().documents());
        assertTrue(index.document("doc-e").isPresent());
    }
}
