package org.vigie.entities.french.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.entities.api.Annotation;

/**
 * Averaged perceptron over the capitalised spans of a text that no entity annotation of the rules
 * touches (experiment, see {@link SecondOpinionExperiment}). A span is a run of capitalised words,
 * with {@code de}, {@code du}, {@code des}, {@code d'}, {@code la}, {@code del}, {@code al} inside
 * it; its features are its words, first and last word, the last word's ending, the two words before
 * it and the one after, its shape, whether its words are common French words (wfrench), and whether
 * it starts a sentence. Classes: PERSON, ORGANIZATION, LOCATION, NONE.
 */
final class SpanPerceptron {

    static final String NONE = "NONE";
    private static final List<String> CLASSES = List.of("PERSON", "ORGANIZATION", "LOCATION", NONE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|[’']|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> INSIDE = Set.of("de", "du", "des", "d'", "la", "del", "al", "el", "et");

    record Example(String text, List<String> features, String label) {
    }

    /** The lexicon's given names, hand list and generated list. */
    private static final Set<String> GIVEN = givenNames();

    private static Set<String> givenNames() {
        Set<String> names = new java.util.HashSet<>();
        for (String file : List.of("first-names.txt", "given-names.txt")) {
            try (java.io.InputStream in = SpanPerceptron.class.getResourceAsStream(
                    "/org/vigie/entities/french/internal/lexicon/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        for (String w : line.split("\\s+")) {
                            names.add(HoldoutScore.fold(w));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read lexicon/" + file, e);
            }
        }
        return names;
    }

    private final Set<String> common;
    private final Map<String, double[]> weights = new HashMap<>();
    private final Map<String, double[]> totals = new HashMap<>();
    private final Map<String, int[]> stamps = new HashMap<>();
    private int step;

    SpanPerceptron(Set<String> common) {
        this.common = common;
    }

    /** The unannotated capitalised spans of a text, labelled from the gold when it is given. */
    List<Example> examples(String text, List<Annotation> annotations, JsonNode gold) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        boolean[] covered = new boolean[text.length() + 1];
        for (Annotation a : annotations) {
            if (a.type().isEntity()) {
                for (int c = a.span().begin(); c < a.span().end() && c < covered.length; c++) {
                    covered[c] = true;
                }
            }
        }
        Map<String, String> labels = gold == null ? Map.of() : labels(gold);
        List<Example> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(text, tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && (capitalised(text, tokens.get(end)) || end + 1 < tokens.size()
                    && INSIDE.contains(word(text, tokens.get(end)).toLowerCase()) && capitalised(text, tokens.get(end + 1)))
                    && !text.substring(tokens.get(end - 1)[1], tokens.get(end)[0]).contains("\n")) {
                end++;
            }
            int from = tokens.get(i)[0];
            int to = tokens.get(end - 1)[1];
            boolean touched = false;
            for (int c = from; c < to; c++) {
                touched |= covered[c];
            }
            if (!touched) {
                String span = text.substring(from, to);
                String label = labels.getOrDefault(HoldoutScore.fold(span), NONE);
                out.add(new Example(span, features(text, tokens, i, end), label));
            }
            i = end;
        }
        return out;
    }

    private static Map<String, String> labels(JsonNode gold) {
        Map<String, String> labels = new HashMap<>();
        for (JsonNode e : gold.get("entities")) {
            String type = e.get("type").asText();
            labels.put(HoldoutScore.fold(e.get("name").asText()), type);
            e.path("aliases").forEach(a -> labels.put(HoldoutScore.fold(a.asText()), type));
        }
        labels.replaceAll((k, v) -> CLASSES.contains(v) ? v : NONE);
        return labels;
    }

    private List<String> features(String text, List<int[]> tokens, int start, int end) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        boolean allCommon = true;
        for (int k = start; k < end; k++) {
            String w = HoldoutScore.fold(word(text, tokens.get(k)));
            f.add("w=" + w);
            allCommon &= INSIDE.contains(w) || common.contains(w);
            f.add(common.contains(w) ? "common" : "uncommon");
        }
        String first = word(text, tokens.get(start));
        f.add("given=" + GIVEN.contains(HoldoutScore.fold(first)));
        f.add("paren=" + (start > 0 && word(text, tokens.get(start - 1)).equals("(")));
        String last = HoldoutScore.fold(word(text, tokens.get(end - 1)));
        f.add("first=" + HoldoutScore.fold(first));
        f.add("last=" + last);
        f.add("suffix=" + last.substring(Math.max(0, last.length() - 3)));
        f.add("allCommon=" + allCommon);
        f.add("len=" + Math.min(end - start, 4));
        f.add("shape=" + (first.equals(first.toUpperCase()) && first.length() > 1 ? "CAPS" : "Cap") + (first.contains("-") ? "-" : ""));
        String prev = start > 0 ? HoldoutScore.fold(word(text, tokens.get(start - 1))) : "^";
        String prev2 = start > 1 ? HoldoutScore.fold(word(text, tokens.get(start - 2))) : "^";
        f.add("prev=" + prev);
        f.add("prev2=" + prev2 + "_" + prev);
        f.add("next=" + (end < tokens.size() ? HoldoutScore.fold(word(text, tokens.get(end))) : "$"));
        f.add("start=" + (start == 0 || prev.equals(".") || text.substring(tokens.get(start - 1)[1], tokens.get(start)[0]).contains("\n")));
        return f;
    }

    private static String word(String text, int[] token) {
        return text.substring(token[0], token[1]);
    }

    private static boolean capitalised(String text, int[] token) {
        return Character.isUpperCase(text.charAt(token[0]));
    }

    void train(List<Example> examples, int epochs) {
        List<Example> order = new ArrayList<>(examples);
        java.util.Random random = new java.util.Random(15);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                step++;
                String guess = best(e, weights);
                if (!guess.equals(e.label())) {
                    update(e, e.label(), 1);
                    update(e, guess, -1);
                }
            }
        }
        for (Map.Entry<String, double[]> w : weights.entrySet()) {
            double[] total = totals.get(w.getKey());
            int[] stamp = stamps.get(w.getKey());
            for (int c = 0; c < CLASSES.size(); c++) {
                total[c] += (step - stamp[c]) * w.getValue()[c];
                w.getValue()[c] = total[c] / step;
            }
        }
    }

    private void update(Example e, String label, double delta) {
        int c = CLASSES.indexOf(label);
        for (String f : e.features()) {
            double[] w = weights.computeIfAbsent(f, k -> new double[CLASSES.size()]);
            double[] total = totals.computeIfAbsent(f, k -> new double[CLASSES.size()]);
            int[] stamp = stamps.computeIfAbsent(f, k -> new int[CLASSES.size()]);
            total[c] += (step - stamp[c]) * w[c];
            stamp[c] = step;
            w[c] += delta;
        }
    }

    String predict(Example e) {
        margin = Double.parseDouble(System.getProperty("margin", "0"));
        return best(e, weights);
    }

    /** How much a type must beat NONE by (system property {@code margin}, 0 in training). */
    private static double margin;

    private static String best(Example e, Map<String, double[]> weights) {
        double[] score = new double[CLASSES.size()];
        for (String f : e.features()) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int c = 0; c < score.length; c++) {
                    score[c] += w[c];
                }
            }
        }
        int best = CLASSES.size() - 1;
        for (int c = 0; c < score.length; c++) {
            if (score[c] > score[best] + (c < CLASSES.size() - 1 && best == CLASSES.size() - 1 ? margin : 0)) {
                best = c;
            }
        }
        return CLASSES.get(best);
    }
}
