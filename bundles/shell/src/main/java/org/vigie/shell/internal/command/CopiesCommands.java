package org.vigie.shell.internal.command;

import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.JsonLines;

/** {@code corpus:duplicates}: the syndicated copies the store found, one block per original. */
@Component(service = CopiesCommands.class)
@GogoCommand(scope = "corpus", function = {"duplicates"})
public class CopiesCommands {

    private final CorpusCopies copies;

    @Activate
    public CopiesCommands(@Reference(name = "copies") CorpusCopies copies) {
        this.copies = copies;
    }

    @Descriptor("Lists the clusters of near-duplicates (one dispatch run by several outlets): each original, the "
            + "earliest published, then its copies with their source and similarity. Example: corpus:duplicates")
    public void duplicates(@Descriptor("one JSON line per cluster")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<CopyCluster> clusters = copies.clusters();
        if (json) {
            JsonLines lines = new JsonLines(System.out);
            clusters.forEach(cluster -> lines.write(CopyRows.fields(cluster)));
            return;
        }
        for (CopyCluster cluster : clusters) {
            CopyRows.table(cluster).print(System.out);
            System.out.println();
        }
        int copied = clusters.stream().mapToInt(c -> c.copies().size()).sum();
        System.out.println(clusters.isEmpty() ? "no copies in the corpus"
                : Human.count(clusters.size(), "original", "originals") + " with " + Human.count(copied, "copy", "copies")
                + String.format(Locale.ROOT, " (estimated similarity of 5-word shingles at least %.2f)", copies.threshold()));
    }
}
