package org.vigie.entities.french.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;

/**
 * Experiment tool (bench/second-opinion.sh), not part of the product: a statistical second opinion
 * on the capitalised spans the rules left unannotated. An averaged perceptron ({@link SpanPerceptron})
 * is trained on the held-out sets named first (their texts and gold: the project's own annotated
 * text), then every unannotated capitalised span of the test set it gives a type is added to the
 * rules' entities, and both are scored as {@code score-entities} scores. Prints the two scores.
 * Usage: SecondOpinionExperiment TEST_GOLD TRAIN_GOLD... (file names under holdout/)
 */
public final class SecondOpinionExperiment {

    private SecondOpinionExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> common = commonWords();
        SpanPerceptron model = new SpanPerceptron(common);
        List<SpanPerceptron.Example> train = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            forEachDocument(args[k], (name, text, gold, annotations) -> train.addAll(model.examples(text, annotations, gold)));
        }
        model.train(train, 10);
        HoldoutScore rulesOnly = new HoldoutScore();
        HoldoutScore withModel = new HoldoutScore();
        List<String> added = new ArrayList<>();
        forEachDocument(args[0], (name, text, gold, annotations) -> {
            List<Map<String, Object>> entities = EntityGrouping.group(annotations);
            rulesOnly.score(name, gold, entities);
            List<Map<String, Object>> more = new ArrayList<>(entities);
            Set<String> seen = new HashSet<>();
            for (SpanPerceptron.Example e : model.examples(text, annotations, null)) {
                String type = model.predict(e);
                if (!type.equals(SpanPerceptron.NONE) && seen.add(type + "|" + HoldoutScore.fold(e.text()))) {
                    more.add(Map.of("type", type, "name", e.text(), "aliases", List.of()));
                    added.add(name + " " + type + " " + e.text());
                }
            }
            withModel.score(name, gold, more);
        });
        System.out.printf("trained on %d spans of %s%n", train.size(), String.join(", ", List.of(args).subList(1, args.length)));
        System.out.printf("%s rules alone micro-F1 %.3f %s%n", args[0], rulesOnly.microF1(), rulesOnly.table());
        System.out.printf("%s rules + second opinion micro-F1 %.3f %s%n", args[0], withModel.microF1(), withModel.table());
        added.forEach(a -> System.out.println("  added " + a));
    }

    interface DocumentVisitor {
        void visit(String name, String text, JsonNode gold, List<Annotation> annotations);
    }

    private static final FrenchExtractor EXTRACTOR = new FrenchExtractor();

    /**
     * The documents of a gold file: a held-out set's name (under holdout/), or GOLD=DIR, a gold file
     * and the directory of its texts (the shared seeds and dev set, scored only, never trained on).
     */
    private static void forEachDocument(String goldFile, DocumentVisitor visitor) throws IOException {
        int eq = goldFile.indexOf('=');
        Path dir = eq > 0 ? Path.of(goldFile.substring(eq + 1)) : null;
        JsonNode docs = new ObjectMapper().readTree(dir == null ? resource(goldFile)
                : Files.newInputStream(Path.of(goldFile.substring(0, eq)))).get("documents");
        for (Iterator<Map.Entry<String, JsonNode>> it = docs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> doc = it.next();
            String raw = dir == null ? new String(resource(doc.getKey()).readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(dir.resolve(doc.getKey()), StandardCharsets.UTF_8);
            Document document = SampleDocuments.document(doc.getKey(), raw);
            visitor.visit(doc.getKey(), document.text(), doc.getValue(), EXTRACTOR.extract(document));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SecondOpinionExperiment.class.getResourceAsStream("/holdout/" + name);
        if (in == null) {
            throw new IOException("test resource holdout/" + name + " is missing");
        }
        return in;
    }

    /** Lower-case words of Debian's wfrench list (GPL-2), folded; empty when the package is absent. */
    private static Set<String> commonWords() throws IOException {
        Path dict = Path.of("/usr/share/dict/french");
        Set<String> words = new HashSet<>();
        if (Files.isReadable(dict)) {
            for (String w : Files.readAllLines(dict, StandardCharsets.UTF_8)) {
                if (!w.isEmpty() && w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    words.add(HoldoutScore.fold(w));
                }
            }
        } else {
            System.err.println("no /usr/share/dict/french (apt-get install wfrench): lexicon features off");
        }
        return words;
    }
}
