package org.vigie.entities.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Span;

class AnnotationMergerTest {

    private static final String TEXT = "Le ministère de la Sécurité publique du Viêt Nam coopère avec Interpol depuis 1991.";

    private final AnnotationMerger merger = new AnnotationMerger();

    private static Annotation at(String surface, EntityType type, double confidence, String extractor,
            Map<String, String> features) {
        int begin = TEXT.indexOf(surface);
        return new Annotation(new Span(begin, begin + surface.length()), type, surface, null, features, confidence,
                extractor);
    }

    private static Annotation at(String surface, EntityType type, double confidence, String extractor) {
        return at(surface, type, confidence, extractor, Map.of());
    }

    @Test
    void sameTypeOverlapKeepsTheLongerSpanEvenAgainstHigherConfidence() {
        Annotation longer = at("ministère de la Sécurité publique du Viêt Nam", EntityType.ORGANIZATION, 0.6, "b");
        Annotation shorter = at("ministère de la Sécurité publique", EntityType.ORGANIZATION, 0.9, "a");
        assertEquals(List.of(longer), merger.merge(List.of(List.of(shorter), List.of(longer))));
    }

    @Test
    void sameTypeSameLengthOverlapKeepsTheHigherConfidence() {
        Annotation a = at("Viêt Nam coopère", EntityType.ORGANIZATION, 0.4, "a");
        Annotation b = at("Nam coopère avec", EntityType.ORGANIZATION, 0.8, "b");
        assertEquals(List.of(b), merger.merge(List.of(List.of(a), List.of(b))));
    }

    @Test
    void differentTypesOverlapKeepsTheHigherConfidenceThenTheLonger() {
        Annotation location = at("Viêt Nam", EntityType.LOCATION, 0.95, "a");
        Annotation organization = at("publique du Viêt Nam", EntityType.ORGANIZATION, 0.5, "b");
        assertEquals(List.of(location), merger.merge(List.of(List.of(location), List.of(organization))));

        Annotation equallySure = at("publique du Viêt Nam", EntityType.ORGANIZATION, 0.95, "b");
        assertEquals(List.of(equallySure), merger.merge(List.of(List.of(location), List.of(equallySure))));
    }

    @Test
    void identicalSpansFromTwoExtractorsBecomeOneWithFeaturesMerged() {
        Annotation first = at("Interpol", EntityType.ORGANIZATION, 0.9, "a", Map.of(Features.LINK, "Q8188"));
        Annotation second = at("Interpol", EntityType.ORGANIZATION, 0.9, "b",
                Map.of(Features.ALIAS, "OIPC", Features.LINK, "other"));
        List<Annotation> merged = merger.merge(List.of(List.of(first), List.of(second)));
        assertEquals(1, merged.size());
        assertEquals("a", merged.get(0).extractorId());
        assertEquals(Map.of(Features.LINK, "Q8188", Features.ALIAS, "OIPC"), merged.get(0).features());
    }

    @Test
    void oneExtractorsNestedAnnotationsAreKeptAndItsDuplicatesDropped() {
        Annotation ministry = at("ministère de la Sécurité publique du Viêt Nam", EntityType.ORGANIZATION, 0.8, "a");
        Annotation country = at("Viêt Nam", EntityType.LOCATION, 0.9, "a");
        Annotation date = at("1991", EntityType.DATE, 0.9, "a");
        List<Annotation> merged = merger.merge(List.of(List.of(date, country, ministry, country)));
        assertEquals(List.of(ministry, country, date), merged);
    }

    @Test
    void rivalsThatDoNotOverlapAreAllKeptInTextOrder() {
        Annotation interpol = at("Interpol", EntityType.ORGANIZATION, 0.9, "b");
        Annotation country = at("Viêt Nam", EntityType.LOCATION, 0.9, "a");
        Annotation year = at("1991", EntityType.DATE, 0.3, "c");
        assertEquals(List.of(country, interpol, year),
                merger.merge(List.of(List.of(country), List.of(interpol), List.of(year))));
    }
}
