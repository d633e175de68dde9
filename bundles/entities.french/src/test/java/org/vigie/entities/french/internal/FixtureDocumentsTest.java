package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

/** End-to-end on the module's own short French fixtures ({@code src/test/resources/fixtures}). */
class FixtureDocumentsTest {

    private final FrenchExtractor extractor = new FrenchExtractor();

    private List<Annotation> extract(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Document document = SampleDocuments.document(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return extractor.extract(document);
        }
    }

    private static Set<String> entities(List<Annotation> annotations) {
        return EntityGrouping.group(annotations).stream().map(e -> e.get("type") + " " + e.get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void diplomacyArticle() throws IOException {
        List<Annotation> a = extract("diplomatie.txt");
        assertEquals(new TreeSet<>(List.of("PERSON Bùi Thanh Sơn", "PERSON Yoko Kamikawa", "LOCATION Hanoï",
                "LOCATION Tokyo", "LOCATION Vietnam", "LOCATION Japon", "LOCATION mer de Chine méridionale",
                "ORGANIZATION Organisation des Nations Unies", "ORGANIZATION Assemblée nationale")), entities(a));
        List<String> dates = a.stream().filter(x -> x.type().equals(EntityType.DATE)).map(Annotation::value).toList();
        assertEquals(List.of("2024-03-12", "2024-03-11", "2024-03-14", "2024-03-15"), dates);
        Map<String, Object> kamikawa = EntityGrouping.group(a).stream().filter(e -> "Yoko Kamikawa".equals(e.get("name")))
                .findFirst().orElseThrow();
        assertEquals(List.of("homologue japonaise", "ministre des Affaires étrangères du Japon"), kamikawa.get("roles"));
    }

    @Test
    void securityArticle() throws IOException {
        List<Annotation> a = extract("securite.txt");
        Set<String> found = entities(a);
        for (String expected : List.of("ORGANIZATION Office des Nations unies contre la drogue et le crime",
                "ORGANIZATION Interpol", "ORGANIZATION Département de la cybercriminalité d'Interpol",
                "ORGANIZATION Ministère de la Sécurité publique", "PERSON Nguyễn Văn Long",
                "LAW Loi sur la cybersécurité", "LAW Convention des Nations unies contre la criminalité transnationale organisée",
                "LAW Résolution 2719", "EVENT AMMTC-18",
                "EVENT 18e Réunion ministérielle de l'ASEAN sur la criminalité transnationale", "LOCATION Vientiane",
                "LOCATION Asie du Sud-Est")) {
            assertTrue(found.contains(expected), expected + " missing from " + found);
        }
        assertTrue(a.stream().anyMatch(x -> x.type().equals(EntityType.QUANTITY) && "1200 suspects".equals(x.value())));
    }

    @Test
    void europeArticle() throws IOException {
        List<Annotation> a = extract("europe.txt");
        Set<String> found = entities(a);
        for (String expected : List.of("PERSON Ursula von der Leyen", "PERSON Olaf Scholz", "PERSON Catherine De Bolle",
                "ORGANIZATION Ministère français des Armées", "ORGANIZATION Ministère allemand des Armées",
                "ORGANIZATION Europol", "ORGANIZATION Thales", "EVENT Sommet de Bruxelles")) {
            assertTrue(found.contains(expected), expected + " missing from " + found);
        }
        Annotation europol = Extraction.find(a, EntityType.ORGANIZATION, "Office européen de police");
        assertEquals("Europol", europol.value());
        assertEquals(null, a.stream().filter(x -> x.type().equals(EntityType.DATE)).findFirst().orElseThrow().value(),
                "no publication date, so no year");
        assertTrue(a.stream().noneMatch(x -> x.type().equals(EntityType.PERSON) && x.feature(Features.ROLE) != null
                && x.feature(Features.ROLE).startsWith("porte-parole")), "a role without a name is no person");
    }
}
