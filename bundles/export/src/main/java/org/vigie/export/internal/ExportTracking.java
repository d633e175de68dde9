package org.vigie.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.EntityIndex;
import org.vigie.export.api.ExportProgress;
import org.vigie.report.api.Selection;

/**
 * Follows an export without the exporter's help: the entity index it is given notes each selected
 * document asked about alone ({@code document(id)}, or a question scoped to one document), the
 * stream it writes to counts bytes, and {@link ExportProgress} hears of both. A document counts
 * by its place in the selection, so an exporter reading them in order moves the count one by one.
 */
final class ExportTracking {

    /** Bytes between two reports when no document moves. */
    private static final long BYTES_STEP = 1 << 16;

    private final Map<String, Integer> places;
    private final ExportProgress progress;
    private int reached;
    private long bytes;
    private long reportedBytes;

    ExportTracking(Selection selection, ExportProgress progress) {
        List<DocumentSummary> documents = selection.documents();
        this.places = new HashMap<>(documents.size() * 4 / 3 + 1);
        for (int i = 0; i < documents.size(); i++) {
            places.put(documents.get(i).id(), i);
        }
        this.progress = progress;
    }

    /** The index to give the exporter: answers as {@code index} does, noting the documents asked about. */
    EntityIndex index(EntityIndex index) {
        return (EntityIndex) Proxy.newProxyInstance(EntityIndex.class.getClassLoader(),
                new Class<?>[] {EntityIndex.class}, (proxy, method, args) -> ask(index, method, args));
    }

    /** The stream to give the exporter: writes to {@code out}, counting. */
    OutputStream stream(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                wrote(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                wrote(len);
            }
        };
    }

    /** Tells the end: every document, every byte. */
    void done(long size) {
        progress.update(places.size(), places.size(), size);
    }

    private Object ask(EntityIndex index, Method method, Object[] args) throws Throwable {
        for (Object arg : args == null ? new Object[0] : args) {
            if (arg instanceof String id) {
                reached(id);
            } else if (arg instanceof Collection<?> ids && ids.size() == 1 && ids.iterator().next() instanceof String id) {
                reached(id);
            }
        }
        try {
            return method.invoke(index, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void reached(String id) {
        Integer place = places.get(id);
        if (place != null && place >= reached) {
            reached = place + 1;
            tell();
        }
    }

    private void wrote(int count) {
        bytes += count;
        if (bytes - reportedBytes >= BYTES_STEP) {
            tell();
        }
    }

    private void tell() {
        reportedBytes = bytes;
        progress.update(reached, places.size(), bytes);
    }
}
