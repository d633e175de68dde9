package org.vigie.entities.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.Annotation;

/**
 * Merges the annotations of several extractors into one consistent layer.
 * <p>
 * An extractor's own annotations never compete with each other: it may nest them on purpose
 * ({@code Interpol} inside {@code Département de la cybercriminalité d'Interpol}); only its exact
 * duplicates are dropped. Annotations of different extractors that overlap compete:
 * <ol>
 * <li>same span and same type: one is kept (higher confidence, then the higher-ranked
 * extractor) and the other's features and value fill what it lacks;</li>
 * <li>same type, overlapping: the longer span wins, then the higher confidence;</li>
 * <li>different types, overlapping: the higher confidence wins, then the longer span;</li>
 * <li>still tied: the higher-ranked extractor wins.</li>
 * </ol>
 * Candidates are taken longest first; one is kept when it beats every kept rival it overlaps,
 * which then drop out. The result is in text order.
 */
public final class AnnotationMerger {

    private record Candidate(Annotation annotation, int rank) {
    }

    private static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt((Annotation a) -> a.span().begin())
            .thenComparingInt(a -> -a.span().length()).thenComparing(a -> a.type().name());

    /** Merges annotation lists given highest-ranked extractor first. */
    public List<Annotation> merge(List<List<Annotation>> byExtractor) {
        if (byExtractor.size() == 1) {
            return withoutDuplicates(byExtractor.get(0));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < byExtractor.size(); rank++) {
            for (Annotation a : new LinkedHashSet<>(byExtractor.get(rank))) {
                candidates.add(new Candidate(a, rank));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.annotation().span().length())
                .thenComparingDouble(c -> -c.annotation().confidence())
                .thenComparingInt(Candidate::rank)
                .thenComparingInt(c -> c.annotation().span().begin()));
        return contest(candidates).stream().map(Candidate::annotation).sorted(TEXT_ORDER).toList();
    }

    /** One extractor's annotations in text order, exact duplicates dropped. */
    private static List<Annotation> withoutDuplicates(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(TEXT_ORDER);
        List<Annotation> kept = new ArrayList<>(sorted.size());
        for (Annotation a : sorted) {
            boolean duplicate = false;
            for (int i = kept.size() - 1; i >= 0 && kept.get(i).span().equals(a.span()) && !duplicate; i--) {
                duplicate = kept.get(i).equals(a);
            }
            if (!duplicate) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static List<Candidate> contest(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<Candidate> rivals = new ArrayList<>();
            Candidate twin = null;
            for (Candidate k : kept) {
                if (k.rank() != candidate.rank() && k.annotation().span().overlaps(candidate.annotation().span())) {
                    rivals.add(k);
                    if (twin == null && sameSpanAndType(k.annotation(), candidate.annotation())) {
                        twin = k;
                    }
                }
            }
            if (twin != null) {
                kept.set(kept.indexOf(twin), new Candidate(filled(twin.annotation(), candidate.annotation()), twin.rank()));
            } else if (rivals.stream().allMatch(r -> beats(candidate, r))) {
                kept.removeAll(rivals);
                kept.add(candidate);
            }
        }
        return kept;
    }

    static boolean beats(Candidate c, Candidate rival) {
        Annotation a = c.annotation();
        Annotation b = rival.annotation();
        int byLength = Integer.compare(a.span().length(), b.span().length());
        int byConfidence = Double.compare(a.confidence(), b.confidence());
        int first = a.type().equals(b.type()) ? byLength : byConfidence;
        int second = a.type().equals(b.type()) ? byConfidence : byLength;
        if (first != 0) {
            return first > 0;
        }
        if (second != 0) {
            return second > 0;
        }
        return c.rank() < rival.rank();
    }

    private static boolean sameSpanAndType(Annotation a, Annotation b) {
        return a.span().equals(b.span()) && a.type().equals(b.type());
    }

    private static Annotation filled(Annotation kept, Annotation other) {
        Map<String, String> features = new HashMap<>(other.features());
        features.putAll(kept.features());
        String value = kept.value() != null ? kept.value() : other.value();
        return new Annotation(kept.span(), kept.type(), kept.text(), value, features, kept.confidence(),
                kept.extractorId());
    }

}
