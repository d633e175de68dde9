package org.vigie.shell.internal.command;

import java.io.PrintStream;
import java.util.Optional;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.TerminalText;

/** The page {@code corpus:show} prints: the document's metadata, a labelled line each, then its text. */
final class DocumentPage {

    private DocumentPage() {
    }

    /**
     * The metadata set, one labelled line each, the document's copies or original, then the clean
     * text, or the raw text as read from the file.
     */
    static void print(PrintStream out, Document document, boolean raw, Optional<CopyCluster> copies) {
        DocumentMetadata meta = document.metadata();
        out.println("id         " + document.id());
        printIfSet(out, "title      ", meta.title());
        printIfSet(out, "source     ", meta.source());
        printIfSet(out, "url        ", meta.url());
        printIfSet(out, "published  ", meta.published());
        printIfSet(out, "language   ", meta.language());
        printIfSet(out, "file       ", meta.path() != null ? meta.path() : meta.fileName());
        printIfSet(out, "media type ", meta.mediaType());
        printIfSet(out, "imported   ", meta.imported());
        meta.tags().forEach((k, v) -> printIfSet(out, "tag        ", k + "=" + v));
        out.println("length     " + Human.count(document.text().length(), "character", "characters"));
        CopyRows.print(out, document.id(), copies);
        out.println();
        out.println(TerminalText.block(raw ? document.rawText() : document.text()));
    }

    /** A labelled line of metadata, its value on one line with control characters escaped. */
    private static void printIfSet(PrintStream out, String label, Object value) {
        if (value != null) {
            out.println(label + TerminalText.line(value));
        }
    }
}
