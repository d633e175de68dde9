package org.vigie.entities.french.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.Scans;
import org.vigie.entities.french.internal.Spans;

/** {@link QuantityAnnotator} alone. */
class QuantityAnnotatorTest {

    private final QuantityAnnotator quantities = new QuantityAnnotator();

    @Test
    void aNumberAScaleAndAUnit() {
        List<Annotation> a = quantities.find(Scans.of("Plus de 100 000 cas, soit 36% du total, et 34 millions de "
                + "personnes ; 7 milliards d'euros."), "test");
        assertEquals(List.of("[8,19) QUANTITY 100 000 cas = 100000 cas", "[26,29) QUANTITY 36%",
                "[43,67) QUANTITY 34 millions de personnes", "[70,89) QUANTITY 7 milliards d'euros"), Spans.of(a));
        assertEquals(List.of("cas", "%", "personnes", "euros"), a.stream().map(x -> x.feature(Features.UNIT)).toList());
    }

    @Test
    void aYearAloneIsNoQuantity() {
        assertEquals(List.of(), Spans.of(quantities.find(Scans.of("Depuis 2009, le pays soutient les négociations."),
                "test")));
    }
}
