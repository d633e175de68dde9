package org.vigie.entities.core.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;

/**
 * The benchmark's stand-in for the French extractor: a regular-expression pass that calls runs of
 * capitalised words names (a PERSON after a title, an ORGANIZATION when an institution word or an
 * acronym, a LOCATION otherwise) and finds day-month dates. Crude on purpose: it gives the
 * pipeline a realistic number of annotations per document without depending on another bundle.
 */
public final class CapitalisedNamesExtractor implements DeclaredExtractor {

    private static final String ID = "capitalised";

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])(?:\\p{Lu}[\\p{L}’'-]+)(?:\\s+(?:(?:de|du|des|la|le|et)\\s+)?\\p{Lu}[\\p{L}’'-]+)*");
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2})(?:er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                    + "(?: (\\d{4}))?");
    private static final Pattern TITLE = Pattern.compile(
            "(?:M\\.|Mme|ministre|président|présidente|général|directeur|directrice|secrétaire général)\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Set<String> INSTITUTIONS = Set.of("Ministère", "Organisation", "Office", "Agence",
            "Département", "Conseil", "Commission", "Union", "Police", "Direction");
    private static final Set<String> SENTENCE_STARTS = Set.of("Le", "La", "Les", "L", "Un", "Une", "Des", "Selon",
            "Dans", "Pour", "Avec", "En", "Au", "Aux", "Il", "Elle", "Ils", "Ce", "Cette", "Lors", "Depuis", "À");

    @Override
    public ExtractorInfo declared() {
        return DeclaredExtractor.declaring(ID, "bench",
                Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE), Set.of("fr"));
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    @Override
    public List<Annotation> extract(Document document) {
        String text = document.text();
        List<Annotation> found = new ArrayList<>();
        for (Matcher m = NAME.matcher(text); m.find();) {
            String name = m.group();
            if (SENTENCE_STARTS.contains(name) || name.length() < 3) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            boolean titled = TITLE.matcher(before).find();
            EntityType type = titled ? EntityType.PERSON
                    : INSTITUTIONS.contains(firstWord(name)) || ACRONYM.matcher(name).matches() ? EntityType.ORGANIZATION
                    : EntityType.LOCATION;
            Map<String, String> features = titled ? Map.of(Features.ROLE, before.strip()) : Map.of();
            found.add(new Annotation(new Span(m.start(), m.end()), type, name, name, features, 0.5, ID));
        }
        for (Matcher m = DATE.matcher(text); m.find();) {
            found.add(new Annotation(new Span(m.start(), m.end()), EntityType.DATE, m.group(), null, Map.of(), 0.8, ID));
        }
        return found;
    }
}
