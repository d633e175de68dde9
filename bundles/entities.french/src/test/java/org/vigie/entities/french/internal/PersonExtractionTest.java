package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.rule.PersonRule;

class PersonExtractionTest {

    private final Extraction extraction = new Extraction();

    private Annotation person(List<Annotation> a, String text) {
        Annotation p = Extraction.find(a, EntityType.PERSON, text);
        assertNotNull(p, "no PERSON '" + text + "' in " + Extraction.texts(a));
        return p;
    }

    @Test
    void roleBeforeTheNameWithItsAffiliation() {
        List<Annotation> a = extraction.of("Le vice-ministre vietnamien de la Sécurité publique Trần Quốc Tỏ a ouvert la séance.");
        Annotation p = person(a, "Trần Quốc Tỏ");
        assertEquals("vice-ministre vietnamien de la Sécurité publique", p.feature(Features.ROLE));
        assertEquals("Ministère de la Sécurité publique", p.feature(Features.AFFILIATION));
    }

    @Test
    void roleInAppositionAfterTheName() {
        List<Annotation> a = extraction.of("Il a rencontré Satya Nadella, président du groupe Microsoft, à Seattle.");
        Annotation p = person(a, "Satya Nadella");
        assertEquals("président du groupe Microsoft", p.feature(Features.ROLE));
        assertEquals("Microsoft", p.feature(Features.AFFILIATION));
    }

    @Test
    void roleWithACommaBeforeTheName() {
        List<Annotation> a = extraction.of("Selon la présidente de la Banque centrale européenne, Christine Lagarde, la hausse ralentit.");
        assertEquals("présidente de la Banque centrale européenne", person(a, "Christine Lagarde").feature(Features.ROLE));
    }

    @Test
    void militaryRankIsATitleAndTheAppositionTheRole() {
        List<Annotation> a = extraction.of("Le lieutenant-général Tô Ân Xô, porte-parole du ministère de la Sécurité publique, a parlé.");
        Annotation p = person(a, "Tô Ân Xô");
        assertEquals("porte-parole du ministère de la Sécurité publique", p.feature(Features.ROLE));
        assertEquals("lieutenant-général", p.feature(PersonRule.TITLE));
    }

    @Test
    void honorificsIntroduceNamesAndSurnamesReferBack() {
        List<Annotation> a = extraction.of("Le ministre Bùi Thanh Sơn est arrivé. M. Sơn a salué Mme Kamikawa. Kamikawa a répondu.");
        assertEquals(Set.of("Bùi Thanh Sơn", "Kamikawa"), Extraction.values(a, EntityType.PERSON));
        assertEquals(List.of("[12,25) PERSON Bùi Thanh Sơn", "[41,44) PERSON Sơn = Bùi Thanh Sơn",
                "[57,65) PERSON Kamikawa", "[67,75) PERSON Kamikawa"), Spans.of(a, EntityType.PERSON));
        assertEquals("Bùi Thanh Sơn", person(a, "Sơn").value());
    }

    @Test
    void givenNamesAndVietnameseNamesWithoutATitle() {
        List<Annotation> a = extraction.of("Emmanuel Macron et Nguyễn Phú Trọng ont signé. Plus tard, Macron est reparti.");
        assertEquals(Set.of("Emmanuel Macron", "Nguyễn Phú Trọng"), Extraction.values(a, EntityType.PERSON));
        assertEquals("Emmanuel Macron", person(a, "Macron").value());
    }

    @Test
    void aShorterFormOfAFullNameIsThatPerson() {
        List<Annotation> a = extraction.of("Le président Ahmed Bola Tinubu a parlé. Le président nigérian Bola Tinubu a insisté.");
        assertEquals(Set.of("Ahmed Bola Tinubu"), Extraction.values(a, EntityType.PERSON));
    }

    @Test
    void particlesAndInitialsBelongToTheName() {
        List<Annotation> a = extraction.of("La commissaire Ursula von der Leyen et la ministre Mmamiloko T. Kubayi ont voté.");
        assertEquals(Set.of("Ursula von der Leyen", "Mmamiloko T. Kubayi"), Extraction.values(a, EntityType.PERSON));
    }

    @Test
    void aTitleAloneIsNoPersonButItsOrganisationIs() {
        List<Annotation> a = extraction.of("Le Secrétaire général de l'ONU a confirmé sa présence.");
        assertTrue(Extraction.values(a, EntityType.PERSON).isEmpty());
        assertEquals(Set.of("Organisation des Nations Unies"), Extraction.values(a, EntityType.ORGANIZATION));
        assertEquals(Set.of("ONU"), Extraction.texts(a));
    }

    @Test
    void sentenceInitialCapitalsAreNotNames() {
        List<Annotation> a = extraction.of("Lors de la réunion, rien. Sixièmement, il faut agir. Cependant, Troisièmement dit-on. "
                + "Premièrement, les pays membres.");
        assertTrue(Extraction.texts(a).isEmpty(), Extraction.texts(a).toString());
    }

    @Test
    void nationalityNounsAreNotNames() {
        List<Annotation> a = extraction.of("Le secrétaire d'Etat John Kerry, secrétaire d'Etat Américain, a parlé.");
        assertEquals(Set.of("John Kerry"), Extraction.values(a, EntityType.PERSON));
    }

    @Test
    void aShorterNameIsNotThePersonWhenTheirRolesBelongToDifferentWalksOfLife() {
        List<Annotation> a = extraction.of("La ministre de la Culture Claire Fontaine a inauguré le musée. "
                + "L'actrice Fontaine a joué le soir même. La ministre Claire Fontaine a conclu.");
        assertEquals("Fontaine", person(a, "Fontaine").value(), "an actress: another person " + Spans.of(a, EntityType.PERSON));
        List<Annotation> b = extraction.of("La ministre de la Culture Claire Fontaine a inauguré le musée. "
                + "La ministre Fontaine a conclu.");
        assertEquals("Claire Fontaine", person(b, "Fontaine").value(), "a minister: the same walk of life");
    }
}
