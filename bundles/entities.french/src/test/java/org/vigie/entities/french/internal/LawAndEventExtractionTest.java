package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;

class LawAndEventExtractionTest {

    private final Extraction extraction = new Extraction();

    @Test
    void lawsByTheirHeadAndComplement() {
        List<Annotation> a = extraction.of("Le pays applique la Loi sur la cybersécurité et la Stratégie de sécurité nationale, "
                + "ainsi que la Convention de Vienne sur le droit des traités.");
        assertEquals(Set.of("Loi sur la cybersécurité", "Stratégie de sécurité nationale",
                "Convention de Vienne sur le droit des traités"), Extraction.values(a, EntityType.LAW));
    }

    @Test
    void numberedResolutionsInAnyCase() {
        List<Annotation> a = extraction.of("La résolution 2231 (2015) et la Résolution 57 ont été citées.");
        assertEquals(Set.of("Résolution 2231 (2015)", "Résolution 57"), Extraction.values(a, EntityType.LAW));
    }

    @Test
    void variantsOfOneConventionResolveToTheFullestName() {
        List<Annotation> a = extraction.of("La Convention des Nations unies contre la cybercriminalité (Convention de Hanoï) "
                + "a été signée. La Convention sur la cybercriminalité entre en vigueur. La Convention de Hanoï est saluée.");
        assertEquals(Set.of("Convention des Nations unies contre la cybercriminalité"), Extraction.values(a, EntityType.LAW));
    }

    @Test
    void aHeadAloneIsNoLaw() {
        List<Annotation> a = extraction.of("La Convention ouvre des perspectives. Les dispositions de la Convention dans leurs lois.");
        assertTrue(Extraction.values(a, EntityType.LAW).isEmpty());
    }

    @Test
    void eventsWithOrdinalsSummitsAndCodes() {
        List<Annotation> a = extraction.of("La 17e Conférence des forces spéciales, de la sécurité et de l'application de la loi "
                + "qui s'est tenue à Moscou a précédé le Sommet de l'OTAN et la réunion AMMTC-17 ; le XIXe sommet de la "
                + "Francophonie suivra.");
        assertEquals(Set.of("17e Conférence des forces spéciales, de la sécurité et de l'application de la loi",
                "Sommet de l'OTAN", "AMMTC-17", "XIXe sommet de la Francophonie"), Extraction.values(a, EntityType.EVENT));
    }

    @Test
    void meetingNounsWithoutANameAreNoEvents() {
        List<Annotation> a = extraction.of("Lors de la conférence, les délégués ont évoqué le sommet et la réunion.");
        assertTrue(Extraction.values(a, EntityType.EVENT).isEmpty());
    }
}
