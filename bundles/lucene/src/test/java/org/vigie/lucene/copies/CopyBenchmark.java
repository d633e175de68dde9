package org.vigie.lucene.copies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.vigie.testing.Dispatches;
import org.vigie.corpus.api.Document;

/**
 * Precision and recall of the copy detector on syndicated copies made from real texts: each text
 * of the given folders gets {@value #COPIES} copies by {@link WireEdits}; pairs of one text's
 * versions are copies, pairs of different texts (same topic: the folders are one beat) are not.
 * Prints the similarity of both kinds of pairs, a threshold table of the estimate, and the
 * clusters the store's {@link CopyIndex} (LSH bands included) makes at the store's threshold.
 * Run by {@code bench/copies/run.sh}; arguments: the folders of texts, then optionally {@code --threshold T}.
 */
public final class CopyBenchmark {
    private static final int COPIES = 4;
    private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    private record Version(int text, Document document, CopySignature signature, Set<Long> shingles) {
    }

    private CopyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double threshold = 0.5;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threshold")) {
                threshold = Double.parseDouble(args[++i]);
            } else {
                texts.addAll(read(Path.of(args[i])));
            }
        }
        List<Version> versions = versions(texts, new SplittableRandom(20261207L));
        System.out.printf(Locale.ROOT, "%d texts, %d copies each: %d documents, %d unsigned (too short)%n", texts.size(),
                COPIES, versions.size(), versions.stream().filter(v -> v.signature() == null).count());
        List<double[]> positives = new ArrayList<>(); // {estimate, exact}
        List<double[]> negatives = new ArrayList<>();
        for (int a = 0; a < versions.size(); a++) {
            for (int b = a + 1; b < versions.size(); b++) {
                Version x = versions.get(a), y = versions.get(b);
                double estimate = x.signature() == null || y.signature() == null ? 0 : x.signature().similarity(y.signature());
                (x.text() == y.text() ? positives : negatives).add(new double[] {estimate, jaccard(x.shingles(), y.shingles())});
            }
        }
        System.out.printf(Locale.ROOT, "copy pairs %d: exact Jaccard min %.2f median %.2f; other pairs %d: exact max %.2f,"
                + " estimate max %.2f%n", positives.size(), quantile(positives, 1, 0), quantile(positives, 1, 0.5),
                negatives.size(), quantile(negatives, 1, 1), quantile(negatives, 0, 1));
        System.out.println("| threshold | precision | recall | copy pairs found | other pairs taken |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (double t : THRESHOLDS) {
            long tp = positives.stream().filter(p -> p[0] >= t).count();
            long fp = negatives.stream().filter(p -> p[0] >= t).count();
            System.out.printf(Locale.ROOT, "| %.1f | %.3f | %.3f | %d / %d | %d / %d |%n", t,
                    tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), (double) tp / positives.size(), tp, positives.size(), fp,
                    negatives.size());
        }
        clusters(versions, threshold);
    }

    /** The store's clustering (bands, then the estimate, then connected components): pairs put together. */
    private static void clusters(List<Version> versions, double threshold) {
        CopyIndex index = new CopyIndex(threshold);
        versions.forEach(v -> index.add(v.document().id(), v.signature()));
        int[] cluster = new int[versions.size()];
        Arrays.fill(cluster, -1);
        List<List<CopyIndex.Member>> clusters = index.clusters();
        for (int c = 0; c < clusters.size(); c++) {
            for (CopyIndex.Member m : clusters.get(c)) {
                cluster[indexOf(versions, m.id())] = c;
            }
        }
        long tp = 0, fp = 0, fn = 0;
        for (int a = 0; a < versions.size(); a++) {
            for (int b = a + 1; b < versions.size(); b++) {
                boolean together = cluster[a] >= 0 && cluster[a] == cluster[b];
                boolean copies = versions.get(a).text() == versions.get(b).text();
                tp += together && copies ? 1 : 0;
                fp += together && !copies ? 1 : 0;
                fn += !together && copies ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "clusters at %.2f (LSH %d bands x %d rows): %d clusters for %d texts; pair precision"
                + " %.3f, recall %.3f (%d false, %d missed)%n", threshold, BandTable.BANDS, BandTable.ROWS, clusters.size(),
                versions.stream().mapToInt(Version::text).distinct().count(),
                tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), (double) tp / (tp + fn), fp, fn);
    }

    private static List<Version> versions(List<String> texts, SplittableRandom random) {
        List<Version> versions = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            versions.add(version(t, texts.get(t), "original"));
            for (int c = 0; c < COPIES; c++) {
                versions.add(version(t, WireEdits.copy(texts.get(t), random, 1 + c % 3), "copy" + c));
            }
        }
        return versions;
    }

    private static Version version(int text, String body, String source) {
        Document document = Dispatches.document(body, source + "-" + text, null);
        Set<Long> shingles = new HashSet<>();
        for (long s : WordShingles.of(body)) {
            shingles.add(s);
        }
        return new Version(text, document, CopySignature.of(document), shingles);
    }

    private static int indexOf(List<Version> versions, String id) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).document().id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no version " + id);
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        long both = a.stream().filter(b::contains).count();
        return a.isEmpty() && b.isEmpty() ? 0 : (double) both / (a.size() + b.size() - both);
    }

    private static double quantile(List<double[]> pairs, int column, double q) {
        double[] values = pairs.stream().mapToDouble(p -> p[column]).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[(int) Math.min(values.length - 1, q * values.length)];
    }

    private static List<String> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
