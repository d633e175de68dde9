package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

/** Codes of capitals and digits: identifiers are nothing, threat groups are organisations, editions are events. */
class CodeExtractionTest {

    private final Extraction extraction = new Extraction();

    @Test
    void vulnerabilityAndBulletinNumbersAreNoEntities() {
        List<Annotation> a = extraction.of("Les pirates ont exploité la faille CVE-2024-3400 puis la vulnérabilité "
                + "MS17-010, corrigée par le correctif KB4012212.");
        assertEquals(Set.of(), Extraction.texts(a));
    }

    @Test
    void standardsHashesVersionsAndDocumentNumbersAreNoEntities() {
        List<Annotation> a = extraction.of("Le prestataire est certifié ISO 27001 et suit la RFC 2616. Le fichier a "
                + "pour empreinte SHA256 E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855, la version "
                + "2.4.1 le corrige. La résolution 57-NQ/TW du Politburo et le texte NQ/TW-15 sont cités.");
        Set<String> texts = Extraction.texts(a);
        for (String code : List.of("ISO", "RFC", "SHA256", "NQ", "TW", "TW-15", "57-NQ")) {
            assertTrue(texts.stream().noneMatch(t -> t.equals(code) || t.startsWith(code + " ")), code + " in " + texts);
        }
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("E3B0")), texts.toString());
    }

    @Test
    void lawsKnownByTheirAcronymAreLaws() {
        List<Annotation> a = extraction.of("L'entreprise se conforme au RGPD, le GDPR des anglophones, et à la directive "
                + "NIS2 ; le DSA s'applique aux plateformes.");
        assertEquals(Set.of("Règlement général sur la protection des données", "Directive NIS 2",
                "Règlement sur les services numériques"), Extraction.values(a, EntityType.LAW));
        assertEquals(Set.of(), Extraction.values(a, EntityType.ORGANIZATION));
    }

    @Test
    void numberedThreatGroupsAreOrganisations() {
        List<Annotation> a = extraction.of("Le groupe APT28 et les opérateurs de FIN7 ont été suivis, comme Storm-0558.");
        assertEquals(Set.of("APT28", "FIN7", "Storm-0558"), Extraction.values(a, EntityType.ORGANIZATION));
        assertEquals(Set.of(), Extraction.values(a, EntityType.EVENT));
    }

    @Test
    void editionCodesStayEventsAndAnAcronymAloneStaysAnOrganisation() {
        List<Annotation> a = extraction.of("Après la COP28 et la réunion AMMTC-17, l'ISO a publié sa norme en 2024.");
        assertEquals(Set.of("COP28", "AMMTC-17"), Extraction.values(a, EntityType.EVENT));
        assertTrue(Extraction.values(a, EntityType.ORGANIZATION).contains("ISO"));
    }
}
