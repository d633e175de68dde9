package org.vigie.entities.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the entity index for writing in the current layout ({@link IndexFields}). The layout's
 * version is kept in the commit data; results stored in an older layout cannot be read, so they
 * are dropped, to be extracted again.
 */
final class IndexLayout {

    /** Bumped whenever {@link IndexFields} changes. */
    static final String VERSION = "3";
    private static final String VERSION_KEY = "vigie.entities.schema";
    private static final Logger LOG = LoggerFactory.getLogger(IndexLayout.class);

    private IndexLayout() {
    }

    static IndexWriter open(Path directory) throws IOException {
        // no compound files: they cost a copy of every flushed and merged segment
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0);
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setUseCompoundFile(false)
                .setMergePolicy(merges).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config);
        try {
            String version = null;
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            for (Map.Entry<String, String> e : data == null ? List.<Map.Entry<String, String>>of() : data) {
                version = e.getKey().equals(VERSION_KEY) ? e.getValue() : version;
            }
            if (!VERSION.equals(version) && writer.getDocStats().numDocs > 0) {
                LOG.warn("the entity index {} has an older layout ({}): it was emptied, run entities:extract --all",
                        directory, version);
                writer.deleteAll();
            }
            writer.setLiveCommitData(Map.of(VERSION_KEY, VERSION).entrySet());
            writer.commit();
            return writer;
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }
}
