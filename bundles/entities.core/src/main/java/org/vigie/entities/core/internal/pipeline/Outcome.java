package org.vigie.entities.core.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;

/**
 * What one extractor run gave: the valid annotations and, when it failed, one line saying why
 * ({@code extractor X failed on DOC: reason}).
 */
record Outcome(List<Annotation> annotations, long millis, String error) {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorRunner.class);

    /** The run's annotations that fit the document's text; the others are dropped and reported. */
    static Outcome checked(List<Annotation> found, String extractorId, Document document, long millis) {
        if (found == null) {
            return new Outcome(List.of(), millis,
                    "extractor " + extractorId + " failed on " + document.id() + ": it returned no list");
        }
        List<Annotation> valid = new ArrayList<>(found.size());
        int bad = 0;
        for (Annotation a : found) {
            if (a != null && a.span().end() <= document.text().length()
                    && a.span().of(document.text()).equals(a.text())) {
                valid.add(a);
            } else {
                bad++;
            }
        }
        String error = bad == 0 ? null : "extractor " + extractorId + " failed on " + document.id() + ": " + bad
                + " annotations do not match the text (dropped)";
        return new Outcome(valid, millis, error);
    }

    /** A run that gave nothing, for {@code reason}; logged with {@code cause} when there is one. */
    static Outcome failed(String extractorId, Document document, String reason, long start, Throwable cause) {
        String line = "extractor " + extractorId + " failed on " + document.id() + ": " + reason;
        if (cause != null) {
            LOG.warn("{}", line, cause);
        } else {
            LOG.warn("{}", line);
        }
        return new Outcome(List.of(), ExtractorRunner.elapsed(start), line);
    }

    /** Why a run threw, in one line. */
    static String reason(Throwable cause) {
        String message = cause.getMessage();
        String oneLine = message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return cause instanceof RuntimeException && message != null ? oneLine
                : cause.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine);
    }
}
