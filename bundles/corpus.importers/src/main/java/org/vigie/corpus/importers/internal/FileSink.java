package org.vigie.corpus.importers.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.importers.internal.text.Blank;

/**
 * Takes what an importer reads from one file, on the import's thread: each document gets its
 * id and provenance, and is passed on unless it is blank (only spaces, no-break or zero-width
 * characters: not a document) or the store refuses one of its fields (noted with the reason). The
 * notes of the file are kept, at most {@value #NOTES} of them and a count of the rest.
 */
final class FileSink implements ImportSink {

    static final int NOTES = 10;

    /** Where documents go once read: the store that checks them, and the import's options. */
    record Target(CorpusStore store, ImportOptions options, Instant now) {
    }

    private final Path path;
    private final Target target;
    private final Consumer<Document> each;
    private final Provenance provenance = new Provenance();
    private final List<String> notes = new ArrayList<>();
    private int moreNotes;
    private int seen;
    private int documents;
    private int blank;
    private String refused;

    FileSink(Path path, Target target, Consumer<Document> each) {
        this.path = path;
        this.target = target;
        this.each = each;
    }

    @Override
    public void document(ParsedDocument parsed) {
        int number = ++seen;
        if (Blank.isBlank(parsed.text())) {
            blank++;
            return;
        }
        Document document = provenance.document(parsed, path, target.options(), target.now());
        try {
            target.store().check(document);
        } catch (CorpusException e) {
            refused = e.getMessage();
            note("document " + number + (parsed.title() == null ? "" : " (" + parsed.title() + ")")
                    + " not stored: " + e.getMessage());
            return;
        }
        documents++;
        each.accept(document);
    }

    @Override
    public void note(String remark) {
        if (notes.size() < NOTES) {
            notes.add(remark);
        } else {
            moreNotes++;
        }
    }

    /** The note of a file read to its end, or why it holds no document. */
    String finish() {
        if (documents == 0) {
            throw new ImportException(refused != null ? "not stored: " + refused
                    : blank > 0 ? "empty file: it holds only blank space"
                    : notes.isEmpty() ? "no document in the file" : "no document: " + notes());
        }
        return notes.isEmpty() ? null : notes();
    }

    private String notes() {
        return String.join("; ", notes) + (moreNotes == 0 ? "" : "; and " + moreNotes + " more");
    }
}
