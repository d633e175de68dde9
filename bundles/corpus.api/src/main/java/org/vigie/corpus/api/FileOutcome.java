package org.vigie.corpus.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did with one file.
 *
 * @param path the file
 * @param status imported, unchanged (every document already stored) or failed
 * @param documentIds the ids of the documents it holds (new or not)
 * @param reason why it failed, one line, or {@code null}
 */
public record FileOutcome(Path path, Status status, List<String> documentIds, String reason) {

    public enum Status { IMPORTED, UNCHANGED, FAILED }

    public FileOutcome {
        documentIds = List.copyOf(documentIds);
    }

    public static FileOutcome failed(Path path, String reason) {
        return new FileOutcome(path, Status.FAILED, List.of(), reason);
    }
}
