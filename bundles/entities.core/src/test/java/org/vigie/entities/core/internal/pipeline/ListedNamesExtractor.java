package org.vigie.entities.core.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.entities.api.Span;
import org.vigie.testing.WholeWords;

/**
 * A test extractor that knows a fixed list of names ({@code fixtures/names.tsv}): every
 * word-bounded occurrence of a listed surface form becomes an annotation, longest forms first,
 * without overlaps.
 */
public final class ListedNamesExtractor implements DeclaredExtractor {

    record Entry(String surface, EntityType type, String value, Map<String, String> features) {
    }

    private final String id;
    private final List<Entry> entries;

    ListedNamesExtractor(String id, List<Entry> entries) {
        this.id = id;
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.surface().length())).toList();
    }

    public static ListedNamesExtractor fromFixture(String id) {
        try (InputStream in = ListedNamesExtractor.class.getResourceAsStream("/fixtures/names.tsv")) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> features = new HashMap<>();
                Arrays.stream(cells[3].split(";")).filter(f -> f.contains("="))
                        .forEach(f -> features.put(f.substring(0, f.indexOf('=')), f.substring(f.indexOf('=') + 1)));
                entries.add(new Entry(cells[0], EntityType.of(cells[1]), cells[2], features));
            }
            return new ListedNamesExtractor(id, entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ExtractorInfo declared() {
        Set<EntityType> types = new LinkedHashSet<>();
        entries.forEach(e -> types.add(e.type()));
        return DeclaredExtractor.declaring(id, "1.0.0", types, Set.of("fr"));
    }

    @Override
    public List<Annotation> extract(Document document) {
        String text = document.text();
        WholeWords marks = new WholeWords(text);
        List<Annotation> found = new ArrayList<>();
        for (Entry e : entries) {
            for (int at = text.indexOf(e.surface()); at >= 0; at = text.indexOf(e.surface(), at + 1)) {
                int end = at + e.surface().length();
                if (marks.take(at, end)) {
                    found.add(new Annotation(new Span(at, end), e.type(), e.surface(), e.value(), e.features(), 0.9, id));
                }
            }
        }
        return found;
    }

}
