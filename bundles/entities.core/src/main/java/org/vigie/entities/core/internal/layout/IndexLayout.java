package org.vigie.entities.core.internal.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.entities.api.ExtractionException;

/**
 * Opens the entity index for writing in the current layout ({@link IndexFields}). The layout's
 * version is kept in the commit data. An index of an older layout cannot be read: it is moved
 * aside (kept, never emptied) and a new one is started, which the start-up check fills from the
 * corpus. An index of a newer layout (a newer Vigie wrote it) is refused and left untouched.
 */
public final class IndexLayout {

    /** Bumped whenever {@link IndexFields} changes. */
    public static final String VERSION = "4";
    public static final String VERSION_KEY = "vigie.entities.schema";
    private static final Logger LOG = LoggerFactory.getLogger(IndexLayout.class);

    private IndexLayout() {
    }

    /**
     * Opens the index in {@code directory}, moving an older layout aside first.
     *
     * @throws ExtractionException when the index has a newer or an unknown layout (left as it is)
     */
    public static IndexWriter open(Path directory) throws IOException {
        Optional<Map<String, String>> last = lastCommitData(directory);
        Map<String, String> data = last.orElse(Map.of());
        String version = data.get(VERSION_KEY);
        if (last.isPresent() && !VERSION.equals(version)) {
            if (newer(version)) {
                throw new ExtractionException("cannot open the entity index " + directory + ": it has layout " + version
                        + ", written by a newer Vigie (this one reads layout " + VERSION + "); open the workspace with"
                        + " that Vigie");
            }
            moveAside(directory, version);
            data = Map.of();
        }
        IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config());
        try {
            Map<String, String> live = new HashMap<>(data);
            live.put(VERSION_KEY, VERSION);
            writer.setLiveCommitData(live.entrySet());
            writer.commit();
            return writer;
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The commit data of the index's last commit; none when there is no index yet. */
    public static Optional<Map<String, String>> lastCommitData(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Directory dir = FSDirectory.open(directory)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(dir);
            return Optional.of(commits.get(commits.size() - 1).getUserData());
        }
    }

    /** Whether {@code version} is a layout this Vigie does not know (newer, or not a number). */
    private static boolean newer(String version) {
        if (version == null) {
            return false; // the first layouts recorded no version
        }
        try {
            return Integer.parseInt(version) > Integer.parseInt(VERSION);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void moveAside(Path directory, String version) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = directory.resolveSibling(directory.getFileName() + "-layout" + (version == null ? "1" : version)
                + "-" + stamp);
        Files.move(directory, aside);
        LOG.warn("the entity index {} has an older layout ({}): it was moved to {} and a new index is built from the"
                + " corpus", directory, version, aside);
    }

    private static IndexWriterConfig config() {
        // no compound files: they cost a copy of every flushed and merged segment
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0);
        // the stored JSON is three quarters of the index and repeats itself (names, spans, links):
        // DEFLATE keeps it in 40 % of LZ4's bytes (docs/BENCHMARKS.md, issue 16); it is read only
        // for the rows shown, and segments written with LZ4 stay readable (the mode is per segment)
        return new IndexWriterConfig(new KeywordAnalyzer()).setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
                .setUseCompoundFile(false).setMergePolicy(merges)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
    }
}
