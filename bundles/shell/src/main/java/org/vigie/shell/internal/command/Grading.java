package org.vigie.shell.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.shell.internal.format.TerminalText;

/**
 * What {@code corpus:grade} checks before it records a grade in the curation log: the grade is on
 * the Admiralty scale, the source or document is in the corpus (a source not yet there only with
 * {@code --force}).
 */
final class Grading {

    /** The reliability scale, A to F, in words. */
    static final List<String> RELIABILITY = List.of("completely reliable", "usually reliable", "fairly reliable",
            "not usually reliable", "unreliable", "reliability cannot be judged");
    /** The credibility scale, 1 to 6, in words. */
    static final List<String> CREDIBILITY = List.of("confirmed by other sources", "probably true", "possibly true",
            "doubtful", "improbable", "truth cannot be judged");
    private static final String UNKNOWN_SOURCE = "unknown"; // CorpusStats' key for documents without a source

    private final CorpusStore store;
    private final CurationLog log;

    Grading(CorpusStore store, CurationLog log) {
        this.store = store;
        this.log = log;
    }

    /** Grades an outlet's reliability, {@code A} to {@code F} (any case), under its spelling in the corpus. */
    Decision source(String source, String grade, String note, boolean force) {
        String letter = grade.strip().toUpperCase(Locale.ROOT);
        if (!letter.matches("[A-F]")) {
            throw new CurationException("cannot grade " + TerminalText.line(source) + ": '" + TerminalText.line(grade)
                    + "' is not a reliability grade, A (completely reliable) to F (reliability cannot be judged)");
        }
        String target = inCorpus(source.strip(), force);
        return log.record(Decision.SOURCE_GRADE, List.of(target), Map.of("grade", letter), note);
    }

    /** Grades a document's credibility, 1 to 6, under its full id. */
    Decision document(String id, String grade, String note) {
        if (!grade.strip().matches("[1-6]")) {
            throw new CurationException("cannot grade document " + TerminalText.line(id) + ": '" + TerminalText.line(grade)
                    + "' is not a credibility grade, 1 (confirmed by other sources) to 6 (truth cannot be judged)");
        }
        Optional<Document> document = store.get(id.strip());
        if (document.isEmpty()) {
            throw new CurationException("cannot grade document " + TerminalText.line(id) + ": no such document in the corpus"
                    + (id.strip().length() < 4 ? " (an id prefix needs at least 4 characters)" : ""));
        }
        return log.record(Decision.DOCUMENT_GRADE, List.of(document.get().id()), Map.of("grade", grade.strip()), note);
    }

    /** The source under its corpus spelling; when absent, itself with {@code force}, else an error naming the close ones. */
    private String inCorpus(String source, boolean force) {
        List<String> sources = store.stats().bySource().keySet().stream().filter(s -> !s.equals(UNKNOWN_SOURCE))
                .sorted().toList();
        for (String known : sources) {
            if (known.equalsIgnoreCase(source)) {
                return known;
            }
        }
        if (force) {
            return source;
        }
        List<String> close = CloseNames.to(source, sources, 5);
        throw new CurationException("cannot grade " + TerminalText.line(source) + ": no source of that name in the corpus"
                + (close.isEmpty() ? " (corpus:stats lists the sources)" : "; close: " + String.join(", ", close))
                + "; --force grades a source not imported yet");
    }
}
