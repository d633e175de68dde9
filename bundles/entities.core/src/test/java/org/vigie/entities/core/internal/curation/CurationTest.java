package org.vigie.entities.core.internal.curation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.CurationReport;

/** The mapping from extraction's keys to the analyst's, decision by decision. */
class CurationTest {

    private final MemoryCurationLog log = new MemoryCurationLog();

    private Curation curation() {
        return Curation.of(log.inForce(), log.revision());
    }

    @Test
    void aMergeMovesEveryOtherTargetToTheFirstAndNamesItAsAsked() {
        log.record(Decision.ENTITY_MERGE, List.of("LAW:budapest", "LAW:cybercrime"), Map.of("as", "Budapest"), "");
        Curation c = curation();
        assertEquals("LAW:budapest", c.keyOf("LAW:cybercrime"));
        assertEquals("LAW:budapest", c.keyOf("LAW:budapest"));
        assertEquals("LAW:other", c.keyOf("LAW:other"));
        assertEquals(Set.of("LAW:budapest", "LAW:cybercrime"), c.sourcesOf("LAW:budapest"));
        assertEquals("Budapest", c.nameOf("LAW:budapest"));
        assertEquals(List.of("LAW:budapest"), c.named("budapest"));
        assertTrue(c.touches("LAW:budapest"));
    }

    @Test
    void decisionsApplyInOrderToTheKeyAnEntityHasBecome() {
        log.record(Decision.ENTITY_RETYPE, List.of("LAW:onudc"), Map.of("type", "ORGANIZATION"), "");
        log.record(Decision.ENTITY_MERGE, List.of("ORGANIZATION:unodc", "ORGANIZATION:onudc"), Map.of(), "");
        log.record(Decision.ENTITY_RENAME, List.of("ORGANIZATION:unodc"), Map.of("name", "ONUDC"), "");
        Curation c = curation();
        assertEquals("ORGANIZATION:unodc", c.keyOf("LAW:onudc"));
        assertEquals("ONUDC", c.nameOf("ORGANIZATION:unodc"));
        assertTrue(c.retypes());
        assertTrue(c.sourcesOf("ORGANIZATION:unodc").containsAll(Set.of("LAW:onudc", "ORGANIZATION:onudc")));
    }

    @Test
    void aSplitAndAOneDocumentRejectDependOnTheDocument() {
        Decision split = log.record(Decision.ENTITY_SPLIT, List.of("PERSON:an"), Map.of("documents", "d2, d3"), "");
        log.record(Decision.ENTITY_REJECT, List.of("PERSON:an"), Map.of("document", "d4"), "");
        Curation c = curation();
        assertTrue(c.perDocument("PERSON:an"));
        assertFalse(c.perDocument("PERSON:hoa"));
        String part = "PERSON:an/" + split.id().substring(0, 6);
        assertEquals(part, c.keyOf("PERSON:an", "d3"));
        assertEquals("PERSON:an", c.keyOf("PERSON:an", "d1"));
        assertNull(c.keyOf("PERSON:an", "d4"));
        assertEquals(Set.of(part, "PERSON:an"), c.sourcesOf(part));
    }

    @Test
    void aRejectEverywhereDropsTheEntityAndUndoBringsItBack() {
        log.record(Decision.ENTITY_REJECT, List.of("PERSON:le"), Map.of(), "not a person");
        assertNull(curation().keyOf("PERSON:le"));
        log.undo(1, "");
        assertEquals("PERSON:le", curation().keyOf("PERSON:le"));
        assertTrue(curation().isEmpty());
    }

    @Test
    void aDecisionWhoseEntitiesAreGoneIsReportedNotDropped() {
        Decision gone = log.record(Decision.ENTITY_MERGE, List.of("LAW:budapest", "LAW:atlantis"), Map.of(), "");
        log.record(Decision.ENTITY_RETYPE, List.of("LAW:budapest"), Map.of("type", "EVENT"), "");
        log.record(Decision.ENTITY_RENAME, List.of("EVENT:budapest"), Map.of("name", "Budapest"), "");
        log.record(Decision.SOURCE_GRADE, List.of("Le Monde"), Map.of("grade", "B"), "");
        Curation c = curation();
        CurationReport report = Staleness.of(c, key -> key.equals("LAW:budapest"));
        assertEquals(2, report.applied());
        assertEquals(Map.of(gone.id(), List.of("LAW:atlantis")), report.stale());
        assertEquals("EVENT:budapest", c.keyOf("LAW:budapest"), "the stale merge still applies to what exists");
    }
}
