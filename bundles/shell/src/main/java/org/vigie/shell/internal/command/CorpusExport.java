package org.vigie.shell.internal.command;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Progress;

/**
 * One {@code corpus:export} run: documents are read a page at a time and written one line each to
 * a temporary file beside the target, moved over it only once complete, so memory stays bounded and
 * an interrupted or failed export leaves no half file. A bar on a terminal, else a line per
 * {@value #EVERY} documents.
 */
final class CorpusExport {
    static final int PAGE = 200;
    static final int EVERY = 10_000;

    private CorpusExport() {
    }

    static void run(CorpusStore store, String query, Path file, CommandSession session) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        int written = 0;
        try (Progress progress = Progress.start(session, "exporting")) {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                written = write(store, query, new CorpusBackup(out), progress);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new CorpusException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
        System.out.println("wrote " + file + ": " + Human.count(written, "document", "documents")
                + " (curation decisions are exported apart: entities:curation export)");
    }

    private static int write(CorpusStore store, String query, CorpusBackup backup, Progress progress)
            throws IOException {
        int total = query == null ? (int) store.count() : (int) store.search(SearchRequest.of(query, 0)).totalHits();
        int done = 0;
        for (List<String> page = ids(store, query, 0); !page.isEmpty(); page = ids(store, query, done)) {
            List<Document> documents = store.getAll(page); // one request a page on a cluster, not one a document
            if (documents.size() < page.size()) {
                Set<String> found = documents.stream().map(Document::id).collect(Collectors.toSet());
                String gone = page.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
                throw new CorpusException("document " + gone + " went away during the export; run it again");
            }
            for (Document document : documents) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CorpusException("interrupted after " + done + " of " + total + " documents; nothing written");
                }
                backup.write(document);
                done++;
                progress.update(done, total, document.metadata().fileName());
                if (!progress.drawing() && done % EVERY == 0) {
                    System.out.println("exported " + done + " of " + total + " documents");
                }
            }
        }
        return done;
    }

    private static List<String> ids(CorpusStore store, String query, int offset) {
        if (query == null) {
            return store.list(offset, PAGE).stream().map(d -> d.id()).toList();
        }
        return store.search(new SearchRequest(query, offset, PAGE)).hits().stream()
                .map(SearchHit::document).map(d -> d.id()).toList();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            System.err.println("warning: cannot remove " + temp + ": " + e.getMessage());
        }
    }
}
