package org.vigie.corpus.importers.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.FileOutcome;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.ImportProgress;
import org.vigie.corpus.api.ImportReport;

/**
 * Imports files and folders into the {@link CorpusStore}: each file is read by the first importer
 * that accepts it (highest {@code service.ranking} first), its documents are batched and stored
 * (one commit per batch, per file for small imports, always at the end) on the {@link StoreStage},
 * and every {@link CorpusListener} is told of the new documents after each commit, on the import's
 * thread while the next batch is stored. A file that cannot be
 * imported becomes one failed outcome with its reason; the import goes on.
 */
@Component(service = CorpusImporter.class, configurationPid = DefaultCorpusImporter.PID)
@Designate(ocd = DefaultCorpusImporter.Config.class)
public class DefaultCorpusImporter implements CorpusImporter {

    static final String PID = "org.vigie.corpus.importers";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultCorpusImporter.class);

    @ObjectClassDefinition(name = "Vigie corpus import", description = "How files are imported into the corpus")
    public @interface Config {
        @AttributeDefinition(description = "Largest file imported, in megabytes; larger files are refused")
        long maxFileSizeMb() default 50;

        @AttributeDefinition(description = "Documents stored per commit in large imports")
        int batchSize() default 500;

        @AttributeDefinition(description = "Imports of at most this many files commit after every file")
        int commitEachFileUpTo() default 100;

        @AttributeDefinition(description = "Time an importer may take to read a file (or its next document, for "
                + "a file read as it streams), in seconds; past it the file fails and the import goes on")
        long fileTimeLimitSeconds() default 180;
    }

    @Reference
    CorpusStore store;

    @Reference(service = DocumentImporter.class, cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    volatile List<Map.Entry<Map<String, Object>, DocumentImporter>> importers;

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    volatile List<CorpusListener> listeners;

    private volatile Config config;

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
    }

    @Override
    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportProgress progress) {
        Instant start = Instant.now();
        List<FileWalk.Entry> files = FileWalk.of(paths);
        Config settings = config;
        FileReader.Setup setup = new FileReader.Setup(Importers.ranked(importers), settings.maxFileSizeMb() * 1024 * 1024,
                new FileSink.Target(store, options == null ? ImportOptions.DEFAULT : options, start));
        ImportRun run = new ImportRun(files.size(), progress);
        ImportBatch batch = new ImportBatch();
        boolean eachFile = files.size() <= settings.commitEachFileUpTo();
        try (ImportWorker worker = new ImportWorker(settings.fileTimeLimitSeconds(), "fileTimeLimitSeconds in " + PID);
                StoreStage stage = new StoreStage(store)) {
            FileReader reader = new FileReader(setup, worker);
            // an interrupt (Ctrl-C) stops at the next document (the worker's relay) or file; what was read is stored
            for (int i = 0; i < files.size() && !Thread.currentThread().isInterrupted(); i++) {
                int index = i;
                batch.open(i, files.get(i).path());
                FileReader.Read read = reader.read(files.get(i), document -> {
                    batch.add(index, document);
                    if (batch.documents() >= settings.batchSize()) {
                        commit(batch, stage, run);
                    }
                });
                FileOutcome failed = batch.close(i, read.note(), read.failure());
                if (failed != null) {
                    told(stage.collect(), run); // the files before it are settled first, as without the stage
                    run.settle(i, failed);
                } else if (eachFile || batch.documents() >= settings.batchSize()) {
                    commit(batch, stage, run);
                }
            }
            commit(batch, stage, run);
            told(stage.collect(), run);
        }
        return new ImportReport(Arrays.asList(run.outcomes()), run.added(), Duration.between(start, Instant.now()));
    }

    /** Hands the batch to the store stage, and tells the listeners of the batch stored before it. */
    private void commit(ImportBatch batch, StoreStage stage, ImportRun run) {
        if (!batch.isEmpty()) {
            told(stage.handOver(batch.take()), run);
        }
    }

    private void told(ImportBatch.Stored stored, ImportRun run) {
        if (stored == null) {
            return;
        }
        List<CorpusListener> told = listeners == null ? List.of() : List.copyOf(listeners);
        if (!stored.added().isEmpty()) {
            for (CorpusListener listener : told) {
                tell(listener, stored);
            }
        }
        run.settle(stored);
    }

    private static void tell(CorpusListener listener, ImportBatch.Stored stored) {
        try {
            listener.documentsAdded(stored.added());
        } catch (RuntimeException e) {
            LOG.warn("corpus listener {} failed on {} new documents: {}", listener.getClass().getName(),
                    stored.added().size(), e.toString(), e);
        }
    }
}
