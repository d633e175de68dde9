package org.vigie.entities.french.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.NameKey;

/**
 * The word lists and gazetteers the rules read, loaded once from the bundle's resources
 * ({@code gazetteer/}, {@code lexicon/}) and immutable afterwards, so one instance serves every
 * thread.
 */
final class FrenchLexicon {

    private static final String[] GAZETTEERS = {"countries.tsv", "places.tsv", "organizations.tsv", "laws.tsv"};

    final FrenchTokenizer tokenizer = new FrenchTokenizer();
    final Gazetteer gazetteer;
    final PhraseTable<String> roles;
    final Set<String> stopwords;
    final Set<String> firstNames;
    final Set<String> vietnameseSurnames;
    /** Folded country adjective (any gender and number) to the country's canonical name. */
    final Map<String, String> demonyms;

    private FrenchLexicon(Gazetteer gazetteer, PhraseTable<String> roles, Set<String> stopwords,
            Set<String> firstNames, Set<String> vietnameseSurnames, Map<String, String> demonyms) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.stopwords = stopwords;
        this.firstNames = firstNames;
        this.vietnameseSurnames = vietnameseSurnames;
        this.demonyms = demonyms;
    }

    static FrenchLexicon load() {
        FrenchTokenizer tokenizer = new FrenchTokenizer();
        PhraseTable<Gazetteer.Alias> names = new PhraseTable<>(tokenizer);
        Map<String, String> countries = new HashMap<>();
        for (String file : GAZETTEERS) {
            for (String line : lines("gazetteer/" + file)) {
                addEntry(names, line.split("\t", -1), countries);
            }
        }
        PhraseTable<String> roles = new PhraseTable<>(tokenizer);
        for (String role : lines("lexicon/roles.txt")) {
            roles.put(role, NameKey.fold(role));
        }
        return new FrenchLexicon(new Gazetteer(names), roles, words("lexicon/stopwords.txt"),
                words("lexicon/first-names.txt"), words("lexicon/vietnamese-surnames.txt"), demonyms(countries));
    }

    private static void addEntry(PhraseTable<Gazetteer.Alias> names, String[] cells, Map<String, String> countries) {
        if (cells.length < 2) {
            return;
        }
        String link = cells.length > 3 && !cells[3].isBlank() ? "iso:" + cells[3].trim()
                : "gaz:" + NameKey.fold(cells[1]).replace(' ', '-');
        GazetteerEntry entry = new GazetteerEntry(EntityType.of(cells[0]), cells[1].trim(), link);
        if (cells.length > 3 && !cells[3].isBlank()) {
            countries.put(cells[3].trim(), entry.canonical());
        }
        FrenchTokenizer tokenizer = new FrenchTokenizer();
        names.put(entry.canonical(), Gazetteer.Alias.of(entry, entry.canonical(), tokenizer.tokenize(entry.canonical())));
        if (cells.length > 2) {
            for (String alias : cells[2].split("\\|")) {
                if (!alias.isBlank()) {
                    names.put(alias.trim(), Gazetteer.Alias.of(entry, alias.trim(), tokenizer.tokenize(alias.trim())));
                }
            }
        }
    }

    private static Map<String, String> demonyms(Map<String, String> countries) {
        Map<String, String> demonyms = new HashMap<>();
        for (String line : lines("lexicon/demonyms.tsv")) {
            String[] cells = line.split("\t");
            String country = countries.get(cells[0].trim());
            if (country == null || cells.length < 2) {
                continue;
            }
            for (String adjective : cells[1].split("\\|")) {
                for (String form : inflections(NameKey.fold(adjective.trim()))) {
                    demonyms.putIfAbsent(form, country);
                }
            }
        }
        return Words.copyOf(demonyms);
    }

    /** Masculine, feminine, and their plurals. */
    static List<String> inflections(String masculine) {
        String feminine;
        if (masculine.endsWith("e")) {
            feminine = masculine;
        } else if (masculine.endsWith("ien") || masculine.endsWith("en")) {
            feminine = masculine + "ne";
        } else {
            feminine = masculine + "e";
        }
        List<String> forms = new ArrayList<>(List.of(masculine, feminine, feminine + "s"));
        forms.add(masculine.endsWith("s") ? masculine : masculine + "s");
        return forms;
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(NameKey.fold(word));
                }
            }
        }
        return Words.copyOf(words);
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = FrenchLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return lines;
    }

    boolean isStopword(Token token) {
        return stopwords.contains(token.folded());
    }

    String demonymCountry(Token token) {
        return token.lowercase() || token.capitalised() ? demonyms.get(token.folded()) : null;
    }
}
