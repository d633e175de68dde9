package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.testing.Dispatches;
import org.vigie.lucene.news.CorpusFieldAnalyzer;

/** A store written before copies were signed is signed, and clustered, after it is opened again. */
class CopySigningTest {
    @TempDir
    Path workspace;
    LuceneCorpusStore store;

    final List<Document> wire = Dispatches.wire();
    final Document agency = wire.get(0);
    final Document outlet = wire.get(1);
    final Document later = wire.get(2);
    final Document conference = wire.get(3);
    final Document tooShort = Dispatches.document("Trop court pour une signature.", "AFP", null);

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void documentsStoredWithoutSignaturesAreClusteredAfterReopening() throws Exception {
        String revision = writeWithoutSignatures(Set.of(), agency, outlet, later, conference, tooShort);
        store = TestStores.open(workspace);
        store.awaitSigning();
        assertEquals(List.of(agency.id(), outlet.id(), later.id()),
                store.clusterOf(later.id()).orElseThrow().members().stream().map(Copy::id).toList());
        assertTrue(store.clusterOf(conference.id()).isEmpty());
        assertEquals(revision, store.revision(), "signing changes no document, so not the revision");
        assertEquals(List.of(), unsigned(), "the too short text is marked as looked at, not signed again");
    }

    @Test
    void aSigningCutShortGoesOnAtTheNextOpenAndNewDocumentsAreSignedAtImport() throws Exception {
        // the state a kill leaves: the batches committed before it signed, the rest not
        writeWithoutSignatures(Set.of(agency.id()), agency, outlet, conference);
        assertEquals(List.of(outlet.id(), conference.id()), unsigned());
        store = TestStores.open(workspace);
        store.awaitSigning();
        store.add(List.of(later));
        assertEquals(List.of(), unsigned());
        assertEquals(3, store.clusterOf(agency.id()).orElseThrow().members().size());
    }

    /** Writes the documents in the layout of a Vigie without copies, but those in {@code signed}; returns the revision. */
    private String writeWithoutSignatures(Set<String> signed, Document... documents) throws IOException {
        TestStores.open(workspace).close(); // names the store, as a store of that Vigie was
        try (FSDirectory directory = FSDirectory.open(workspace.resolve("store"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new CorpusFieldAnalyzer()))) {
            long seq = 1;
            for (Document document : documents) {
                org.apache.lucene.document.Document doc = CorpusFields.toLucene(document, seq++,
                        org.vigie.lucene.copies.CopySignature.of(document));
                if (!signed.contains(document.id())) {
                    doc.removeFields(CorpusFields.COPY_SIGNATURE);
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return read(StoreRevision::of);
    }

    private List<String> unsigned() throws IOException {
        return read(CopySigning::unsigned);
    }

    private <T> T read(CorpusIndex.Read<T> read) throws IOException {
        if (store != null) {
            store.close();
        }
        try (FSDirectory directory = FSDirectory.open(workspace.resolve("store"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return read.apply(new IndexSearcher(reader));
        } finally {
            if (store != null) {
                store = TestStores.open(workspace);
            }
        }
    }
}
