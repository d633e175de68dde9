package org.vigie.entities.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class IndexSchemaTest {

    @TempDir
    Path workspace;

    @Test
    void anIndexInAnOlderLayoutIsEmptiedInsteadOfMisread() throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(workspace.resolve("entities/index")),
                new IndexWriterConfig(new KeywordAnalyzer()))) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new StringField(IndexFields.KIND, IndexFields.ENTITY, Field.Store.YES));
            old.addDocument(doc);
            old.commit();
        }
        LuceneEntityIndex index = Fixtures.index(workspace);
        assertTrue(index.entities(List.of(), List.of(), 0).isEmpty());
        index.put(Fixtures.text("doc-a", "Interpol siège à Lyon."), new org.vigie.entities.api.ExtractionResult("doc-a",
                ListedNamesExtractor.fromFixture("names").extract(Fixtures.text("doc-a", "Interpol siège à Lyon.")),
                List.of()));
        index.commit();
        index.deactivate();

        LuceneEntityIndex reopened = Fixtures.index(workspace);
        assertEquals(1, reopened.entities(List.of(), List.of(), 0).size());
        reopened.deactivate();
    }

    @Test
    void resultsStoredAsJsonStringsWithTheirSentenceTextsAreStillRead() throws Exception {
        String text = "Interpol tient sa réunion à Hanoï. L'ASEAN se réunit à Singapour.";
        var document = Fixtures.text("doc-a", text);
        var result = new org.vigie.entities.api.ExtractionResult("doc-a",
                ListedNamesExtractor.fromFixture("names").extract(document), List.of());
        ObjectMapper json = new ObjectMapper();
        LuceneEntityIndex first = Fixtures.index(workspace);
        first.deactivate(); // lays the index out in the current version
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(workspace.resolve("entities/index")),
                new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (org.apache.lucene.document.Document doc : new ResultBlock(json).of(document, result)) {
                writer.addDocument(asEarlierVersionsWroteIt(doc, text, json));
            }
            writer.commit();
        }
        LuceneEntityIndex index = Fixtures.index(workspace); // no corpus: the texts come from the index
        var mention = index.mentions("LOCATION:singapour", List.of(), 1).get(0);
        assertEquals("L'ASEAN se réunit à Singapour.", mention.sentenceText());
        assertEquals(List.of("doc-a"), List.copyOf(index.documents("ORGANIZATION:interpol")));
        index.deactivate();
    }

    /** The data as a JSON string, the result's sentences with their text, as results were stored before. */
    private static org.apache.lucene.document.Document asEarlierVersionsWroteIt(org.apache.lucene.document.Document doc,
            String text, ObjectMapper json) throws Exception {
        BytesRef data = doc.getBinaryValue(IndexFields.DATA);
        JsonNode tree = json.readTree(data.bytes, data.offset, data.length);
        for (JsonNode sentence : tree.path("sentences")) {
            ((ObjectNode) sentence).put("text", text.substring(sentence.get("begin").asInt(), sentence.get("end").asInt()));
        }
        doc.removeFields(IndexFields.DATA);
        doc.add(new StoredField(IndexFields.DATA, json.writeValueAsString(tree)));
        return doc;
    }
}
