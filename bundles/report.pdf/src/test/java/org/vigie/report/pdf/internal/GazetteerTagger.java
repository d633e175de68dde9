package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;
import org.vigie.testing.WholeWords;

/**
 * Stands in for the extraction pipeline in tests: finds the gazetteer's names (longest first,
 * whole words) and French dates in a text and splits it into sentences, giving the mentions an
 * entity index would store.
 */
public final class GazetteerTagger {

    private static final String MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    private static final Pattern FULL = Pattern.compile("\\b(\\d{1,2}|1er) (" + MONTHS + ") (\\d{4})");
    private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2}|1er) (" + MONTHS + ")\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(" + MONTHS + ") (\\d{4})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"])");

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> forms = new ArrayList<>();

    /** Reads lines {@code TYPE<tab>name<tab>alias|alias<tab>role<tab>affiliation}. */
    GazetteerTagger(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = (line + "\t\t\t\t").split("\t", -1);
            EntityType type = EntityType.of(f[0]);
            String key = type.name().toLowerCase() + ":" + NameKey.fold(f[1]);
            List<String> aliases = f[2].isBlank() ? List.of() : List.of(f[2].split("\\|"));
            entities.put(key, new Entity(key, type, f[1], aliases, f[3].isBlank() ? List.of() : List.of(f[3]),
                    f[4].isBlank() ? List.of() : List.of(f[4]), 0, 0));
            forms.add(Map.entry(f[1], key));
            aliases.forEach(a -> forms.add(Map.entry(a, key)));
        }
        forms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    public Map<String, Entity> entities() {
        return entities;
    }

    public List<Mention> tag(Document d) {
        String text = d.text();
        WholeWords marks = new WholeWords(text);
        List<Mention> out = new ArrayList<>();
        List<Span> sentences = sentences(text);
        for (Map.Entry<String, String> form : forms) {
            int at = text.indexOf(form.getKey());
            while (at >= 0) {
                int end = at + form.getKey().length();
                if (marks.take(at, end)) {
                    Entity e = entities.get(form.getValue());
                    out.add(mention(d, e.key(), e.type(), at, end, e.name(), sentences));
                }
                at = text.indexOf(form.getKey(), end);
            }
        }
        dates(d, marks, sentences, out);
        out.sort(Comparator.comparingInt(m -> m.span().begin()));
        return out;
    }

    private void dates(Document d, WholeWords marks, List<Span> sentences, List<Mention> out) {
        for (Pattern p : List.of(FULL, MONTH, DAY)) {
            Matcher m = p.matcher(d.text());
            while (m.find()) {
                if (marks.takeAnywhere(m.start(), m.end())) {
                    out.add(mention(d, null, EntityType.DATE, m.start(), m.end(), iso(p, m).orElse(null), sentences));
                }
            }
        }
    }

    private static Optional<String> iso(Pattern p, Matcher m) {
        if (p == DAY) {
            return Optional.empty();
        }
        String month = p == FULL ? m.group(2) : m.group(1);
        String mm = String.format("%02d", List.of(MONTHS.split("\\|")).indexOf(month) + 1);
        if (p == MONTH) {
            return Optional.of(m.group(2) + "-" + mm);
        }
        String day = m.group(1).equals("1er") ? "1" : m.group(1);
        return Optional.of(m.group(3) + "-" + mm + "-" + String.format("%02d", Integer.parseInt(day)));
    }

    private static Mention mention(Document d, String key, EntityType type, int begin, int end, String value,
            List<Span> sentences) {
        Span sentence = sentences.stream().filter(s -> s.begin() <= begin && end <= s.end()).findFirst()
                .orElse(new Span(0, d.text().length()));
        return new Mention(d.id(), key, type, new Span(begin, end), d.text().substring(begin, end), value, Map.of(),
                sentence, sentence.of(d.text()));
    }

    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            int base = text.indexOf(paragraph, spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end());
            Matcher m = SENTENCE_END.matcher(paragraph);
            int start = 0;
            while (m.find()) {
                spans.add(new Span(base + start, base + m.start()));
                start = m.end();
            }
            spans.add(new Span(base + start, base + paragraph.length()));
        }
        return spans;
    }
}
