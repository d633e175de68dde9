package org.vigie.entities.core.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.layout.IndexLayout;

class ResultWriterTest {

    @TempDir
    Path directory;

    @Test
    void aWriteThatBreaksTheWriterFailsWithOneLineAndTheNextWritesWork() throws Exception {
        try (ResultWriter writer = new ResultWriter(directory)) {
            writer.commitAgreement("store:1");
            ExtractionException failed = assertThrows(ExtractionException.class, () -> writer.write("commit", w -> {
                w.addDocument(document("lost"));
                w.rollback(); // what a tragic event does: the writer closes, what was not committed is gone
                throw new IOException("No space left on device");
            }));
            assertEquals("cannot commit in the entity index " + directory + ": No space left on device", failed.getMessage());

            writer.write("store", w -> w.addDocument(document("kept")));
            writer.commit();
            assertEquals("store:1", writer.agreed(), "the agreement of the last commit is kept");
            var searcher = writer.searchers().acquire();
            try {
                assertEquals(1, searcher.getIndexReader().numDocs());
            } finally {
                writer.searchers().release(searcher);
            }
        }
        assertTrue(IndexLayout.lastCommitData(directory).orElseThrow().containsKey(ResultWriter.AGREED_KEY));
    }

    private static Document document(String id) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.DOC, id, Field.Store.YES));
        return doc;
    }
}
