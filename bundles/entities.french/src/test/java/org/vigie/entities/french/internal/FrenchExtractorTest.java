package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.EntityType;

class FrenchExtractorTest {

    private static final List<String> TEXTS = List.of(
            "Le président russe Vladimir Poutine est arrivé à Hanoï le 20 juin.",
            "La présidente d'Interpol, Mireille Ballestrazzi, a inauguré le Complexe mondial Interpol à Singapour.",
            "Le Conseil de sécurité de l'ONU a adopté la résolution 2752 (2024) sur Haïti.",
            "Plus de 100 000 cas ont été signalés au ministère de la Sécurité publique du Vietnam.");

    @Test
    void annotationsAreOverTheTextAndMadeByIt() {
        Extraction extraction = new Extraction();
        for (String text : TEXTS) {
            for (org.vigie.entities.api.Annotation a : extraction.of(text)) {
                assertEquals(text.substring(a.span().begin(), a.span().end()), a.text());
                assertEquals("french", a.extractorId());
            }
        }
    }

    @Test
    void manyThreadsGetWhatOneThreadGets() throws Exception {
        Extraction extraction = new Extraction();
        List<List<org.vigie.entities.api.Annotation>> expected = new ArrayList<>();
        for (String text : TEXTS) {
            expected.add(extraction.of(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<org.vigie.entities.api.Annotation>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = TEXTS.get(i % TEXTS.size());
                futures.add(pool.submit(() -> extraction.of(text)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % TEXTS.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void configurationDropsWeakAnnotationsAndQuantities() {
        FrenchExtractor extractor = new FrenchExtractor();
        extractor.activate(config(0.85, false));
        Document d = new Document("x", TEXTS.get(3), null, new org.vigie.corpus.api.DocumentMetadata(null, null, null,
                null, "fr", null, null, null, null, null));
        List<org.vigie.entities.api.Annotation> a = extractor.extract(d);
        assertTrue(a.stream().noneMatch(x -> x.type().equals(EntityType.QUANTITY)));
        assertTrue(a.stream().allMatch(x -> x.confidence() >= 0.85));
        assertTrue(a.stream().anyMatch(x -> x.type().equals(EntityType.LOCATION)), a.toString());
    }

    @Test
    void emptyAndOddTextsGiveNothingOrLittle() {
        Extraction extraction = new Extraction();
        assertEquals(List.of(), extraction.of(""));
        assertEquals(List.of(), extraction.of("   \n\n  "));
        assertTrue(extraction.of("((((( ,,, ''' «» M. M. Mme").stream().noneMatch(a -> a.type().equals(EntityType.PERSON)));
    }

    private static FrenchExtractor.Config config(double minConfidence, boolean quantities) {
        return new FrenchExtractor.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return FrenchExtractor.Config.class;
            }

            @Override
            public double minConfidence() {
                return minConfidence;
            }

            @Override
            public boolean quantities() {
                return quantities;
            }
        };
    }
}
