package org.vigie.entities.core.internal.index;

import static org.vigie.entities.core.internal.layout.IndexFields.GROUP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.vigie.curation.api.Decision;
import org.vigie.entities.core.internal.curation.MemoryCurationLog;
import org.vigie.entities.core.internal.pipeline.Fixtures;
import org.vigie.entities.core.internal.pipeline.Pipeline;

/**
 * Curation throughput: {@code entities:list} (the top 20 entities, described) over a large
 * workspace with N decisions of the analyst in force, cold (first question after the index is
 * opened, in a fresh JVM) and warm. Steps, each its own JVM (see bench/curation/run.sh):
 * {@code build DIR N} extracts N synthetic documents into DIR once; {@code decisions DIR N} writes N
 * decisions on real entity keys to DIR/decisions.tsv; {@code list DIR N} times the listing with the
 * first N of them.
 */
public final class CurationBenchmark {

    private CurationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        switch (args[0]) {
            case "build" -> build(dir, n);
            case "decisions" -> decisions(dir, n);
            case "list" -> list(dir, n, args.length > 3 ? Integer.parseInt(args[3]) : 5);
            default -> throw new IllegalArgumentException("build|decisions|list DIR N");
        }
    }

    private static void build(Path dir, int documents) throws Exception {
        if (Files.isDirectory(dir.resolve("entities/index"))) {
            System.out.println("index already built in " + dir + ": kept");
            return;
        }
        PipelineBenchmark.Synthetic corpus = new PipelineBenchmark.Synthetic(PipelineBenchmark.sentences(), documents);
        LuceneEntityIndex index = Fixtures.index(dir, corpus);
        Pipeline pipeline = Fixtures.pipeline(corpus, index, Fixtures.config(10, 4, 1000),
                new org.vigie.entities.core.internal.pipeline.CapitalisedNamesExtractor());
        long t0 = System.nanoTime();
        var report = pipeline.extract(List.of(), null);
        System.out.printf(Locale.ROOT, "built %d documents, %d annotations in %.0f s%n", report.documents(),
                report.annotations(), (System.nanoTime() - t0) / 1e9);
        Fixtures.close(pipeline);
        index.deactivate();
    }

    /** N decisions over disjoint entities, those seen in several documents first: merges, renames, retypes, rejects, splits. */
    private static void decisions(Path dir, int count) throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> once = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("entities/index")))) {
            Terms terms = MultiTerms.getTerms(reader, GROUP);
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                (each.docFreq() >= 2 ? keys : once).add(term.utf8ToString());
            }
        }
        int several = keys.size();
        Collections.shuffle(keys, new Random(12));
        Collections.shuffle(once, new Random(12));
        keys.addAll(once); // entities in several documents first, then the others
        LuceneEntityIndex index = Fixtures.index(dir, new PipelineBenchmark.Synthetic(List.of("x"), 0));
        List<String> lines = new ArrayList<>();
        List<String> alive = new ArrayList<>(); // entities that stay, to decide on again once all were used
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (next + 2 > keys.size()) { // a corpus with fewer entities than decisions: rename merged ones again
                lines.add(Decision.ENTITY_RENAME + "\t" + alive.get(i % alive.size()) + "\tname=Nom bis " + i);
                continue;
            }
            String key = keys.get(next++);
            if (i % 10 < 6) {
                alive.add(key);
            }
            String type = key.substring(0, key.indexOf(':'));
            lines.add(switch (i % 10) {
                case 0, 1, 2, 3 -> Decision.ENTITY_MERGE + "\t" + key + "\t" + keys.get(next++) + "\tas=Fusion " + i;
                case 4, 5 -> Decision.ENTITY_RENAME + "\t" + key + "\tname=Nom " + i;
                case 6 -> Decision.ENTITY_RETYPE + "\t" + key + "\ttype=" + (type.equals("EVENT") ? "LAW" : "EVENT");
                case 7 -> Decision.ENTITY_REJECT + "\t" + key;
                case 8 -> Decision.ENTITY_SPLIT + "\t" + key + "\tdocuments=" + index.documents(key).iterator().next();
                default -> Decision.ENTITY_REJECT + "\t" + key + "\tdocument=" + index.documents(key).iterator().next();
            });
        }
        index.deactivate();
        Files.write(dir.resolve("decisions.tsv"), lines);
        System.out.println(lines.size() + " decisions over " + next + " of " + keys.size() + " entities (" + several
                + " in two documents or more)");
    }

    private static void list(Path dir, int count, int runs) throws IOException {
        MemoryCurationLog log = new MemoryCurationLog();
        for (String line : Files.readAllLines(dir.resolve("decisions.tsv")).subList(0, count)) {
            String[] f = line.split("\t");
            List<String> targets = new ArrayList<>();
            Map<String, String> arguments = new java.util.HashMap<>();
            for (int i = 1; i < f.length; i++) {
                int eq = f[i].indexOf('=');
                if (f[i].contains(":") && (eq < 0 || f[i].indexOf(':') < eq)) {
                    targets.add(f[i]);
                } else {
                    arguments.put(f[i].substring(0, eq), f[i].substring(eq + 1));
                }
            }
            log.record(f[0], targets, arguments, "");
        }
        LuceneEntityIndex index = Fixtures.index(dir, new PipelineBenchmark.Synthetic(List.of("x"), 0));
        index.curationLog = log;
        long[] millis = new long[runs];
        String first = "";
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            var top = index.entities(List.of(), List.of(), 20);
            millis[run] = (System.nanoTime() - t0) / 1_000_000;
            first = top.get(0).name() + " " + top.get(0).mentions();
        }
        var report = index.curation();
        long[] warm = java.util.Arrays.copyOfRange(millis, 1, runs);
        java.util.Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%d decisions (%d applied, %d stale): entities:list top 20 cold %d ms, warm median %d ms"
                + " (runs %s; first: %s)%n", count, report.applied(), report.stale().size(), millis[0],
                warm[warm.length / 2], java.util.Arrays.toString(millis), first);
        index.deactivate();
    }
}
