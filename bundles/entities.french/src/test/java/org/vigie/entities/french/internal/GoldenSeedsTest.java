package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/**
 * Golden tests on the seed articles of {@code ../shared/corpus}; skipped where that folder is
 * absent (a clone of the repository alone).
 */
class GoldenSeedsTest {

    private static Path corpus;
    private static FrenchExtractor extractor;

    @BeforeAll
    static void locate() {
        Path shared = SampleDocuments.shared();
        corpus = shared == null ? null : shared.resolve("corpus");
        extractor = new FrenchExtractor();
    }

    private List<Map<String, Object>> entities(String file) {
        assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve(file)), "shared/corpus is not beside the repository");
        return EntityGrouping.group(extractor.extract(SampleDocuments.read(corpus.resolve(file))));
    }

    private static Set<String> names(List<Map<String, Object>> entities) {
        return entities.stream().map(e -> e.get("type") + " " + e.get("name")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> person(List<Map<String, Object>> entities, String name) {
        return entities.stream().filter(e -> "PERSON".equals(e.get("type")) && name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + names(entities)));
    }

    @Test
    void conferenceInMoscowHasExactlyItsEntities() {
        assertEquals(new TreeSet<>(List.of("PERSON Bùi Van Nam", "ORGANIZATION Ministère de la Sécurité publique",
                "ORGANIZATION Organisation des Nations Unies", "ORGANIZATION Organisation de coopération de Shanghai",
                "ORGANIZATION Communauté des États indépendants", "ORGANIZATION Union européenne",
                "ORGANIZATION Assemblée parlementaire de la Méditerranée", "ORGANIZATION Nhân Dân",
                "ORGANIZATION Agence vietnamienne d'information", "ORGANIZATION Banque de données internationale",
                "LOCATION Vietnam", "LOCATION Moscou", "LOCATION Russie",
                "EVENT 17e Conférence des forces spéciales, de la sécurité et de l'application de la loi",
                "LAW Loi sur la cybersécurité", "LAW Stratégie de sécurité nationale")),
                names(entities("001_ae86a5cfaffa0c1a.txt")));
    }

    @Test
    void interpolComplexInSingaporeHasExactlyItsEntities() {
        assertEquals(new TreeSet<>(List.of("PERSON Trân Dai Quang", "PERSON Mireille Ballestrazzi", "PERSON Jurgen Stock",
                "PERSON Teo Chee Hean", "PERSON Nobuhiro Endo", "ORGANIZATION Interpol",
                "ORGANIZATION Complexe mondial Interpol", "ORGANIZATION Ministère de la Sécurité publique",
                "ORGANIZATION NEC", "ORGANIZATION Police du Vietnam", "ORGANIZATION Agence vietnamienne d'information",
                "ORGANIZATION Le Courrier du Vietnam", "LOCATION Vietnam", "LOCATION Singapour",
                "LAW Convention internationale sur la sécurité du réseau")),
                names(entities("000_a1e766628a20f0e9.txt")));
    }

    @Test
    void peopleHaveTheirRolesAndAffiliations() {
        List<Map<String, Object>> hanoi = entities("004_b6deee30475d28dd.txt");
        assertEquals(List.of("directeur de l’Agence nationale de sécurité de l’Azerbaïdjan"),
                person(hanoi, "Ali Naghiyev").get("roles"));
        assertEquals(List.of("ministre sud-africaine de la Justice et du Développement constitutionnel"),
                person(hanoi, "Mmamiloko T. Kubayi").get("roles"));
        assertEquals("Ericsson", person(hanoi, "Rita Mikbel").get("affiliation"));
        List<Map<String, Object>> singapore = entities("000_a1e766628a20f0e9.txt");
        assertEquals(List.of("présidente d'Interpol"), person(singapore, "Mireille Ballestrazzi").get("roles"));
        assertEquals("Interpol", person(singapore, "Jurgen Stock").get("affiliation"));
    }

    @Test
    void surnamesAndSpellingsResolveToOnePerson() {
        Map<String, Object> quang = person(entities("004_b6deee30475d28dd.txt"), "Lương Tam Quang");
        assertTrue(((List<?>) quang.get("aliases")).contains("Luong Tam Quang"));
        Map<String, Object> kubayi = person(entities("004_b6deee30475d28dd.txt"), "Mmamiloko T. Kubayi");
        assertTrue(((List<?>) kubayi.get("aliases")).contains("Kubayi"));
    }

    @Test
    void datesAreIsoWithTheArticlesDate() {
        assumeTrue(corpus != null, "shared/corpus is not beside the repository");
        Document cybercrime = SampleDocuments.read(corpus.resolve("002_f50682956ae7524c.txt"));
        List<String> dates = extractor.extract(cybercrime).stream().filter(a -> a.type().equals(EntityType.DATE))
                .map(Annotation::value).toList();
        assertEquals(List.of("2025-10-26"), dates, "le 26 octobre, in an article of 26/10/2025");
        Document moscow = SampleDocuments.read(corpus.resolve("001_ae86a5cfaffa0c1a.txt"));
        List<String> undated = extractor.extract(moscow).stream().filter(a -> a.type().equals(EntityType.DATE))
                .map(a -> a.text() + "=" + a.value()).toList();
        assertEquals(List.of("7 et 8 novembre=null", "7 et 8 novembre=null"), undated);
    }
}
