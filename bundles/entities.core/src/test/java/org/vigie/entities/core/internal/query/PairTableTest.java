package org.vigie.entities.core.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PairTableTest {

    @Test
    void aPairCountsEachSharedSentenceOnceAndRanksByCountThenKeys() {
        PairTable table = new PairTable(PairTable.CAP);
        table.add("PERSON:b", new int[] {1, 2, 5});
        table.add("ORGANIZATION:a", new int[] {2, 5});
        table.add("LOCATION:c", new int[] {9});
        table.endDocument();
        table.add("PERSON:b", new int[] {3});
        table.add("LOCATION:c", new int[] {3});
        table.endDocument();

        assertEquals(List.of(new PairTable.Pair("ORGANIZATION:a", "PERSON:b", 2), new PairTable.Pair("LOCATION:c", "PERSON:b", 1)),
                table.top(0));
        assertEquals(List.of(new PairTable.Pair("ORGANIZATION:a", "PERSON:b", 2)), table.top(1));
    }

    @Test
    void aMergedEntityIsPresentOnceInAPairButEachOfItsEntityDocumentsCountsForItsPartners() {
        PairTable table = new PairTable(PairTable.CAP);
        table.add("ORGANIZATION:convention", new int[] {1, 2});
        table.add("ORGANIZATION:convention", new int[] {2});   // the merged name, same document
        table.add("LOCATION:budapest", new int[] {2});
        table.endDocument();

        assertEquals(List.of(new PairTable.Pair("LOCATION:budapest", "ORGANIZATION:convention", 1)), table.top(0));
        assertEquals(List.of(new PairTable.Partner("ORGANIZATION:convention", 2)), table.partners("LOCATION:budapest", 0));
        assertEquals(List.of(new PairTable.Partner("LOCATION:budapest", 1)), table.partners("ORGANIZATION:convention", 0));
        assertEquals(List.of(), table.partners("PERSON:nobody", 0));
    }

    @Test
    void pastItsCapTheTableDropsThePairsCountedLeastAndSaysSo() {
        PairTable table = new PairTable(8);
        for (int i = 0; i < 3; i++) {
            table.add("PERSON:often", new int[] {1});
            table.add("LOCATION:here", new int[] {1});
            table.endDocument();
        }
        assertFalse(table.pruned());
        for (int i = 0; i < 20; i++) {
            table.add("PERSON:once" + i, new int[] {1});
            table.add("LOCATION:there" + i, new int[] {1});
            table.endDocument();
        }
        assertTrue(table.pruned());
        assertEquals(new PairTable.Pair("LOCATION:here", "PERSON:often", 3), table.top(1).get(0));
        assertTrue(table.top(0).size() <= 8);
    }
}
