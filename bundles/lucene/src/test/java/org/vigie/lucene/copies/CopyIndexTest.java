package org.vigie.lucene.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.testing.Dispatches;
import org.vigie.corpus.api.Document;

class CopyIndexTest {
    private final Document agency = Dispatches.document(Dispatches.original(), "AFP", LocalDate.of(2025, 10, 28));
    private final Document outlet = Dispatches.document(Dispatches.copy(), "VNA", LocalDate.of(2025, 10, 29));
    private final Document later = Dispatches.document(Dispatches.accentlessCopy(), "Tin tuc", LocalDate.of(2025, 10, 30));
    private final Document conference = Dispatches.document(Dispatches.OTHER, "AFP", LocalDate.of(2025, 10, 28));

    private CopyIndex indexOf(Document... documents) {
        CopyIndex index = new CopyIndex(0.5);
        for (Document d : documents) {
            index.add(d.id(), CopySignature.of(d));
        }
        return index;
    }

    private static List<String> ids(List<CopyIndex.Member> members) {
        return members.stream().map(CopyIndex.Member::id).toList();
    }

    @Test
    void copiesMakeOneClusterWithTheEarliestPublishedFirstWhateverTheImportOrder() {
        CopyIndex index = indexOf(later, conference, outlet, agency);
        assertEquals(1, index.clusters().size());
        assertEquals(List.of(agency.id(), outlet.id(), later.id()), ids(index.clusters().get(0)));
        assertEquals(1.0, index.clusters().get(0).get(0).similarity());
        assertTrue(index.clusterOf(conference.id()).isEmpty());
    }

    @Test
    void aRemovedDocumentLeavesItsClusterAndALoneDocumentHasNone() {
        CopyIndex index = indexOf(agency, outlet, later, conference);
        index.remove(List.of(agency.id()));
        assertEquals(List.of(outlet.id(), later.id()), ids(index.clusterOf(later.id()).orElseThrow()));
        index.remove(List.of(later.id()));
        assertTrue(index.clusters().isEmpty());
        assertTrue(index.clusterOf(outlet.id()).isEmpty());
    }

    @Test
    void aDocumentAddedTwiceCountsOnce() {
        CopyIndex index = indexOf(agency, outlet, agency);
        assertEquals(2, index.size());
        assertEquals(2, index.clusters().get(0).size());
    }

    @Test
    void manyDocumentsFindTheirCopiesThroughTheBands() {
        CopyIndex index = new CopyIndex(0.5);
        for (int n = 0; n < 300; n++) {
            String story = "Dépêche " + n + " : " + Dispatches.OTHER.replace("jeudi", "le jour " + n)
                    .replace("dix pays", n + " pays").replace("deux ans", n + " mois");
            index.add("d" + n, CopySignature.of(Dispatches.document(story, "s" + n, null)));
        }
        index.add("a", CopySignature.of(agency));
        index.add("b", CopySignature.of(outlet));
        assertEquals(List.of("a", "b"), ids(index.clusterOf("b").orElseThrow()));
    }

    @Test
    void aCopyOfACopyThatNoLongerResemblesTheOriginalIsNotChainedToIt() {
        Document first = Dispatches.document(String.join("\n\n", Dispatches.LEAD, Dispatches.BODY1, Dispatches.BODY2),
                "AFP", LocalDate.of(2025, 10, 28));
        Document second = Dispatches.document(String.join("\n\n", Dispatches.BODY1, Dispatches.BODY2, Dispatches.BODY3),
                "VNA", LocalDate.of(2025, 10, 29));
        Document third = Dispatches.document(String.join("\n\n", Dispatches.BODY2, Dispatches.BODY3, Dispatches.BODY4),
                "Tin tuc", LocalDate.of(2025, 10, 30));
        CopyIndex index = new CopyIndex(0.3);
        for (Document d : List.of(third, second, first)) {
            index.add(d.id(), CopySignature.of(d));
        }
        assertTrue(CopySignature.of(second).similarity(CopySignature.of(third)) >= 0.3);
        assertTrue(CopySignature.of(first).similarity(CopySignature.of(third)) < 0.3);
        assertEquals(List.of(List.of(first.id(), second.id())), index.clusters().stream().map(CopyIndexTest::ids).toList());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CopyIndex(1.5));
    }
}
