package org.vigie.corpus.store.internal;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.vigie.lucene.news.CorpusFieldAnalyzer;

/**
 * Writes N synthetic articles in the layout of a Vigie without copy signatures, then times the
 * signing that runs in the background when the store opens. Args: WORKSPACE N (an empty directory).
 */
public final class CopySigningBenchmark {
    private CopySigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        Path root = Path.of(args[0]);
        TestStores.open(root).close();
        try (FSDirectory dir = FSDirectory.open(root.resolve("store"));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new CorpusFieldAnalyzer()).setRAMBufferSizeMB(64))) {
            for (int n = 0; n < count; n++) {
                org.apache.lucene.document.Document doc = CorpusFields.toLucene(NewsCorpusGenerator.article(n), n + 1);
                doc.removeFields(CorpusFields.COPY_SIGNATURE);
                writer.addDocument(doc);
            }
            writer.commit();
        }
        long start = System.nanoTime();
        try (LuceneCorpusStore store = TestStores.open(root)) {
            long opened = System.nanoTime();
            store.awaitSigning();
            long signed = System.nanoTime();
            int clusters = store.clusters().size();
            System.out.printf("open %.2f s, signing %d documents in the background %.1f s, then first clusters read %.1f s (%d clusters)%n",
                    (opened - start) / 1e9, count, (signed - opened) / 1e9, (System.nanoTime() - signed) / 1e9, clusters);
        }
    }
}
