package org.vigie.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.entities.api.EntityType;
import org.vigie.testing.MemoryCorpusStore;

class DocumentAnswersTest {

    private static final String TEXT = "Le Conseil de l'Europe a signé le 23 novembre 2001.";

    private final MemoryCorpusStore store = new MemoryCorpusStore(
            Documents.of("d1", "Budapest", "VNA", "2021-11-23", TEXT),
            Documents.of("d2", "Budapest (reprise)", "Nhân Dân", "2021-11-24", TEXT),
            Documents.of("d3", "Autre", "VNA", null, "Rien."));
    private final SpanIndex index = new SpanIndex()
            .mention("d1", "Conseil de l'Europe", 3, EntityType.ORGANIZATION)
            .mention("d1", "Europe", 16, EntityType.LOCATION)
            .mention("d1", "23 novembre 2001", 34, EntityType.DATE);
    private final CorpusCopies copies = new CorpusCopies() {
        private final CopyCluster cluster = new CopyCluster(new Copy(store.get("d1").orElseThrow().summary(), 1),
                List.of(new Copy(store.get("d2").orElseThrow().summary(), 0.93)));

        @Override
        public List<CopyCluster> clusters() {
            return List.of(cluster);
        }

        @Override
        public Optional<CopyCluster> clusterOf(String id) {
            return cluster.contains(id) ? Optional.of(cluster) : Optional.empty();
        }

        @Override
        public double threshold() {
            return 0.8;
        }
    };
    private final DocumentAnswers answers = new DocumentAnswers(store, index, copies);

    private static String marked(DocumentAnswers.Answer answer) {
        StringBuilder out = new StringBuilder();
        for (TextRuns.Run run : answer.runs()) {
            String piece = answer.text().substring(run.begin(), run.end());
            out.append(run.marks().isEmpty() ? piece : "[" + piece + "|" + run.marks().stream()
                    .map(i -> answer.marks().get(i).type()).reduce((a, b) -> a + "+" + b).orElseThrow() + "]");
        }
        return out.toString();
    }

    @Test
    void everyStoredSpanIsRenderedNestedOnesIncluded() {
        DocumentAnswers.Answer answer = answers.document("d1").orElseThrow();
        assertEquals("Le [Conseil de l'|ORGANIZATION][Europe|ORGANIZATION+LOCATION] a signé le [23 novembre 2001|DATE].",
                marked(answer));
        assertEquals("[3,22) ORGANIZATION Conseil de l'Europe", span(answer.marks().get(0)));
        assertEquals("[34,50) DATE 23 novembre 2001", span(answer.marks().get(2)));
        assertEquals(null, answer.marks().get(2).entityKey(), "a date links to no entity");
    }

    private static String span(DocumentAnswers.Mark mark) {
        return "[" + mark.begin() + "," + mark.end() + ") " + mark.type() + " " + mark.text();
    }

    @Test
    void theEntitiesComeWithTheirCountsAndTheCopiesWithTheirSimilarity() {
        DocumentAnswers.Answer answer = answers.document("d1").orElseThrow();
        assertEquals(List.of("Conseil de l'Europe", "Europe"), answer.entities().stream().map(DocumentAnswers.EntityLink::name).toList());
        assertEquals(1, answer.entities().get(0).mentionsHere());
        assertEquals(List.of(new DocumentAnswers.CopyLink("d2", "Budapest (reprise)", "Nhân Dân", "2021-11-24", 0.93, false)),
                answer.copies());
        assertEquals("d1", answers.document("d2").orElseThrow().copies().get(0).id());
        assertTrue(answers.document("d2").orElseThrow().copies().get(0).original());
    }

    @Test
    void aDocumentNeverExtractedIsShownPlainAndSaysSo() {
        DocumentAnswers.Answer answer = answers.document("d3").orElseThrow();
        assertEquals(false, answer.extracted());
        assertEquals(List.of(new TextRuns.Run(0, 5, List.of())), answer.runs());
        assertEquals(null, answer.metadata().get("published"));
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertEquals(Optional.empty(), answers.document("nope"));
    }
}
