package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.layout.IndexLayout;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.ListedNamesExtractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class IndexSchemaTest {

    @TempDir
    Path workspace;

    @Test
    void anIndexInAnOlderLayoutIsKeptAsideAndANewOneStartedForTheCheckToFill() throws Exception {
        writeIndex(workspace.resolve("entities/index"), null);
        LuceneEntityIndex index = Fixtures.index(workspace);
        assertTrue(index.entities(List.of(), List.of(), 0).isEmpty());
        assertNull(index.agreedRevision(), "a new index agrees with no corpus yet: the start-up check fills it");
        index.put(Fixtures.text("doc-a", "Interpol siège à Lyon."), new org.vigie.entities.api.ExtractionResult("doc-a",
                ListedNamesExtractor.fromFixture("names").extract(Fixtures.text("doc-a", "Interpol siège à Lyon.")),
                List.of()));
        index.commit();
        index.deactivate();

        LuceneEntityIndex reopened = Fixtures.index(workspace);
        assertEquals(1, reopened.entities(List.of(), List.of(), 0).size());
        reopened.deactivate();
        try (var aside = Files.list(workspace.resolve("entities"))) {
            Path old = aside.filter(p -> p.getFileName().toString().startsWith("index-layout1-")).findFirst().orElseThrow();
            try (var reader = DirectoryReader.open(FSDirectory.open(old))) {
                assertEquals(1, reader.numDocs(), "the old index is kept as it was");
            }
        }
    }

    @Test
    void anIndexInANewerLayoutIsRefusedWithOneLineAndLeftUntouched() throws Exception {
        Path directory = workspace.resolve("entities/index");
        writeIndex(directory, "99");
        Map<String, Long> before = files(directory);
        LuceneEntityIndex index = Fixtures.index(workspace);
        ExtractionException refused = assertThrows(ExtractionException.class, () -> index.entities(List.of(), List.of(), 0));
        assertEquals("cannot open the entity index " + directory + ": it has layout 99, written by a newer Vigie (this one"
                + " reads layout " + IndexLayout.VERSION + "); open the workspace with that Vigie", refused.getMessage());
        assertThrows(ExtractionException.class, index::agreedRevision);
        index.deactivate();
        assertEquals(before, files(directory));
        assertEquals("99", IndexLayout.lastCommitData(directory).orElseThrow().get(IndexLayout.VERSION_KEY));
    }

    /** An index holding one entity document, its commit data giving {@code layout} (none when null). */
    private static void writeIndex(Path directory, String layout) throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig(new KeywordAnalyzer()))) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new StringField(IndexFields.KIND, IndexFields.ENTITY, Field.Store.YES));
            old.addDocument(doc);
            if (layout != null) {
                old.setLiveCommitData(Map.of(IndexLayout.VERSION_KEY, layout).entrySet());
            }
            old.commit();
        }
    }

    private static Map<String, Long> files(Path directory) throws Exception {
        try (var listing = Files.list(directory)) {
            return listing.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p.toFile().length()));
        }
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
