package org.vigie.export.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How far an export has got, told by the {@link ExportService} to whoever asked for it (the
 * shell draws a bar). Exporters take no part: the service counts the selected documents whose
 * entities the exporter has read one at a time, and the bytes written. An exporter that answers
 * from corpus-wide questions only (a graph of co-occurrences) moves the byte count, not the
 * document count, until it is done.
 * <p>
 * Called on the exporting thread, often: it must be quick. It may stop the export by throwing
 * an {@link ExportException} (the shell does when the command is interrupted); the export then
 * leaves no file.
 */
@ConsumerType
@FunctionalInterface
public interface ExportProgress {

    /** Tells nobody. */
    ExportProgress NONE = (documents, total, bytes) -> {
    };

    /**
     * @param documents how many of the selected documents the exporter has reached
     * @param total how many documents are selected
     * @param bytes how many bytes it has written so far
     */
    void update(int documents, int total, long bytes);
}
