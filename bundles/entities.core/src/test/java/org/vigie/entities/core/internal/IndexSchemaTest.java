package org.vigie.entities.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
