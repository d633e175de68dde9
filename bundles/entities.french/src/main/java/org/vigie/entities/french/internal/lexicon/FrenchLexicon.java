package org.vigie.entities.french.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.text.FrenchTokenizer;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.Vocabulary;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * The word lists and gazetteers the rules read, loaded once from the resources beside this class
 * (the word lists, and the gazetteers in {@code gazetteer/}) and immutable afterwards, so one
 * instance serves every thread. The {@link Vocabulary} of word classes belongs to this instance:
 * it is built first, from the {@link WordClass} lists and the lexicon's word files, and the
 * {@link #tokenizer} that stamps every token with its classes is made from it, so even the
 * gazetteer's and roles' phrases are tokenised with their classes. Nothing is static but
 * constants. Over 150 lines because loading is one ordered chain: the gazetteer rows give the
 * countries of the demonyms, which join the vocabulary, whose tokenizer reads the phrases.
 */
public final class FrenchLexicon {

    /** The link prefix of an ISO 3166-2 subdivision ({@code iso-2:US-TX}), the fifth column of {@code subdivisions.tsv}. */
    public static final String SUBDIVISION = "iso-2:";

    private static final String[] GAZETTEERS = {"countries.tsv", "places.tsv", "subdivisions.tsv", "organizations.tsv", "laws.tsv"};

    public final Vocabulary vocabulary;
    public final FrenchTokenizer tokenizer;
    public final Gazetteer gazetteer;
    public final PhraseTable<String> roles;
    /** Folded country adjective (any gender and number) to the country's canonical name. */
    public final Map<String, String> demonyms;

    private FrenchLexicon(FrenchTokenizer tokenizer, Vocabulary vocabulary, Gazetteer gazetteer,
            PhraseTable<String> roles, Map<String, String> demonyms) {
        this.tokenizer = tokenizer;
        this.vocabulary = vocabulary;
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.demonyms = demonyms;
    }

    public static FrenchLexicon load() {
        List<String[]> entries = new ArrayList<>();
        for (String file : GAZETTEERS) {
            for (String line : lines("gazetteer/" + file)) {
                entries.add(line.split("\t", -1));
            }
        }
        Map<String, String> demonyms = demonyms(countries(entries));
        Vocabulary vocabulary = new Vocabulary(Map.<WordClass, Collection<String>>of(
                WordClass.STOPWORD, words("stopwords.txt"), WordClass.FIRST_NAME, words("first-names.txt"),
                WordClass.GIVEN_NAME, words("given-names.txt"),
                WordClass.VIETNAMESE_SURNAME, words("vietnamese-surnames.txt"),
                WordClass.CHINESE_SURNAME, words("chinese-surnames.txt"), WordClass.DEMONYM, demonyms.keySet()));
        FrenchTokenizer tokenizer = new FrenchTokenizer(vocabulary);
        PhraseTable<Gazetteer.Alias> names = new PhraseTable<>(tokenizer);
        for (String[] cells : entries) {
            addEntry(names, cells, tokenizer);
        }
        PhraseTable<String> roles = new PhraseTable<>(tokenizer);
        for (String role : lines("roles.txt")) {
            roles.put(role, NameKey.fold(role));
        }
        return new FrenchLexicon(tokenizer, vocabulary, new Gazetteer(names), roles, demonyms);
    }

    /** ISO code to the country's canonical name, from the gazetteer rows that have a code. */
    private static Map<String, String> countries(List<String[]> entries) {
        Map<String, String> countries = new HashMap<>();
        for (String[] cells : entries) {
            if (cells.length > 3 && !cells[3].isBlank()) {
                countries.put(cells[3].trim(), cells[1].trim());
            }
        }
        return countries;
    }

    private static void addEntry(PhraseTable<Gazetteer.Alias> names, String[] cells, FrenchTokenizer tokenizer) {
        if (cells.length < 2) {
            return;
        }
        String link = cells.length > 3 && !cells[3].isBlank() ? "iso:" + cells[3].trim()
                : cells.length > 4 && !cells[4].isBlank() ? SUBDIVISION + cells[4].trim()
                : "gaz:" + NameKey.fold(cells[1]).replace(' ', '-');
        GazetteerEntry entry = new GazetteerEntry(EntityType.of(cells[0]), cells[1].trim(), link);
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
        for (String line : lines("demonyms.tsv")) {
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
        return Collections.unmodifiableMap(demonyms);
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
        return words; // read once, into the vocabulary
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

    /** The country of a country adjective ({@code vietnamienne}), or null. */
    public String demonymCountry(Token token) {
        boolean word = token.lowercase() || token.capitalised();
        return word && token.in(WordClass.DEMONYM) ? demonyms.get(token.folded()) : null;
    }
}
