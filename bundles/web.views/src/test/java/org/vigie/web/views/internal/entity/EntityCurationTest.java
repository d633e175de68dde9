package org.vigie.web.views.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.web.views.internal.fixtures.MemoryCurationLog;
import org.vigie.web.views.internal.fixtures.SmallIndex;

class EntityCurationTest {

    private final SmallIndex index = new SmallIndex();
    private final MemoryCurationLog log = new MemoryCurationLog();
    private final EntityCuration curation = new EntityCuration(index, log);

    @BeforeEach
    void twoNamesOfOneOffice() {
        Entity onudc = index.add("ORGANIZATION", "ONUDC");
        Entity unodc = index.add("ORGANIZATION", "UNODC");
        index.mention(onudc, "d1", 0, "L'ONUDC publie.");
        index.mention(onudc, "d2", 0, "L'ONUDC alerte.");
        index.mention(unodc, "d3", 0, "UNODC says.");
    }

    @Test
    void aMergeWritesTheShellsDecisionWithTheKeysAndTheNameKept() {
        Decision d = curation.merge(List.of("onudc", "ORGANIZATION:unodc"), " Office des Nations unies ", " sigle ");
        assertEquals(new Decision("d1", d.at(), "ana", Decision.ENTITY_MERGE, List.of("ORGANIZATION:onudc",
                "ORGANIZATION:unodc"), Map.of("as", "Office des Nations unies"), "sigle"), d);
    }

    @Test
    void badMergesAreRefusedWithAReason() {
        assertEquals("choisissez au moins deux entités à fusionner",
                assertThrows(CurationException.class, () -> curation.merge(List.of("ONUDC"), "", "")).getMessage());
        assertEquals("« onudc » est déjà ONUDC : nommez chaque entité une fois",
                assertThrows(CurationException.class, () -> curation.merge(List.of("ONUDC", "onudc"), "", "")).getMessage());
        assertEquals("aucune entité ne s’appelle « Atlantide »",
                assertThrows(CurationException.class, () -> curation.merge(List.of("ONUDC", "Atlantide"), "", "")).getMessage());
        assertEquals(List.of(), log.decisions);
    }

    @Test
    void aSplitTakesSomeDocumentsNamingTheEntityNeverAll() {
        Decision d = curation.split("ONUDC", List.of("d2"), "");
        assertEquals(Map.of("documents", "d2"), d.arguments());
        assertEquals("ce sont tous les documents qui nomment ONUDC : renommez-la plutôt",
                assertThrows(CurationException.class, () -> curation.split("ONUDC", List.of("d1", "d2"), "")).getMessage());
        assertEquals("ONUDC n’est pas mentionné dans le document « d3 »",
                assertThrows(CurationException.class, () -> curation.split("ONUDC", List.of("d3"), "")).getMessage());
    }

    @Test
    void renameRejectAndUndoWriteTheirDecisions() {
        curation.rename("UNODC", "Office", "");
        curation.reject("ONUDC", "d1", "");
        assertEquals(List.of("entity.rename {name=Office}", "entity.reject {document=d1}"),
                log.decisions.stream().map(d -> d.action() + " " + d.arguments()).toList());
        assertEquals("entity.reject", curation.undo("oups").get(0).action());
        assertEquals(Decision.UNDO, log.decisions.get(2).action());
        curation.undo("");
        assertEquals("aucune décision en vigueur à annuler",
                assertThrows(CurationException.class, () -> curation.undo("")).getMessage());
        assertEquals("donnez le nouveau nom de UNODC",
                assertThrows(CurationException.class, () -> curation.rename("UNODC", " ", "")).getMessage());
    }
}
