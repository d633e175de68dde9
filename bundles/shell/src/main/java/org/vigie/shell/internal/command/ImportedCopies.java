package org.vigie.shell.internal.command;

import java.util.LinkedHashSet;
import java.util.Set;

import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportReport;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.shell.internal.format.Human;

/**
 * What the import summary says of syndicated copies: how many of the documents just imported
 * copy an article stored earlier (the original of their cluster is another document). Asks only
 * about the imported documents; says nothing when there is none, or no copy detection running.
 */
final class ImportedCopies {

    private ImportedCopies() {
    }

    /** {@code ", N copies of earlier articles"}, or an empty string. */
    static String note(CorpusCopies copies, ImportReport report) {
        if (copies == null) {
            return "";
        }
        Set<String> imported = new LinkedHashSet<>();
        report.files().stream().filter(f -> f.status() == FileOutcome.Status.IMPORTED)
                .forEach(f -> imported.addAll(f.documentIds()));
        long found = imported.stream().filter(id -> copies.clusterOf(id)
                .filter(cluster -> !cluster.original().id().equals(id)).isPresent()).count();
        return found == 0 ? "" : ", " + Human.count(found, "copy of an earlier article", "copies of earlier articles");
    }
}
