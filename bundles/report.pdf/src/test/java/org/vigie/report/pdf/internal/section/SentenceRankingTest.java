package org.vigie.report.pdf.internal.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Mention;
import org.vigie.report.api.Selection;
import org.vigie.testing.FakeEntityIndex;
import org.vigie.report.pdf.internal.Fixtures;
import org.vigie.report.pdf.internal.GazetteerTagger;

class SentenceRankingTest {

    @Test
    void picksSentencesThatLinkSalientEntitiesAndAreRepeatedElsewhere() throws Exception {
        List<Document> docs = Fixtures.articles();
        GazetteerTagger tagger = Fixtures.tagger();
        List<Mention> mentions = new ArrayList<>();
        docs.forEach(d -> mentions.addAll(tagger.tag(d)));
        FakeEntityIndex index = new FakeEntityIndex(tagger.entities(), mentions);
        Selection all = new Selection(docs.stream().map(Document::summary).toList(), "tout", true);
        List<SentenceRanking.Pick> picks = SentenceRanking.best(index, all, id -> id, 5);
        assertEquals(5, picks.size());
        Map<String, Integer> perDocument = new HashMap<>();
        Set<Set<String>> entitySets = new HashSet<>();
        for (SentenceRanking.Pick p : picks) {
            assertTrue(p.entities().size() >= 2, p.text());
            assertTrue(docs.stream().anyMatch(d -> d.id().equals(p.documentId()) && d.text().contains(p.text())),
                    "the sentence is quoted exactly from its document: " + p.text());
            assertTrue(entitySets.add(p.entities()), "two picks link the same entities");
            perDocument.merge(p.documentId(), 1, Integer::sum);
        }
        assertTrue(perDocument.values().stream().allMatch(n -> n <= 2));
        for (int i = 1; i < picks.size(); i++) {
            assertTrue(picks.get(i - 1).score() >= picks.get(i).score(), "best first");
        }
        assertTrue(picks.get(0).corroboration() > 0, "the best sentence is corroborated by another document");
    }
}
