package org.vigie.web.views.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.Entity;
import org.vigie.web.views.internal.entity.EntityPage.Dated;
import org.vigie.web.views.internal.entity.EntityPage.Month;
import org.vigie.web.views.internal.fixtures.Documents;
import org.vigie.web.views.internal.fixtures.MemoryCurationLog;
import org.vigie.web.views.internal.fixtures.SmallIndex;

class EntityPagesTest {

    private final SmallIndex index = new SmallIndex();
    private final Documents documents = new Documents();
    private final MemoryCurationLog log = new MemoryCurationLog();
    private final EntityPages pages = new EntityPages(index, documents, new CurationHistory(log));

    @Test
    void anEntityShowsItsMentionsInContextNeighboursMonthsDatesAndHistory() {
        Entity interpol = index.add("ORGANIZATION", "Interpol", "OIPC");
        Entity hanoi = index.add("LOCATION", "Hanoï");
        index.mention(interpol, "d1", 0, "Interpol a réuni ses membres à Hanoï en 2024.");
        index.mention(interpol, "d1", 50, "Puis Interpol est reparti.");
        index.mention(interpol, "d2", 0, "Selon Interpol, rien.");
        index.date("d1", 41, "2024");
        index.pair(new CoOccurrence(interpol, hanoi, 1));
        documents.add("d1", "Réunion", LocalDate.of(2025, 3, 2));
        documents.add("d2", "Bilan", null);
        log.record(Decision.ENTITY_RENAME, List.of("ORGANIZATION:oipc"), Map.of("name", "Interpol"), "sigle");
        log.undo(1, "");
        log.record(Decision.ENTITY_REJECT, List.of("LOCATION:hanoi"), Map.of(), "");

        EntityPage page = pages.page("oipc").orElseThrow();

        assertEquals("ORGANIZATION:interpol", page.key());
        assertEquals("ORGANIZATION:interpol", documents.asked.entity(), "the selection of the documents naming it");
        assertEquals("[0,8) Interpol | [5,13) Interpol | [6,14) Interpol", page.mentions().stream()
                .map(m -> "[" + m.begin() + "," + m.end() + ") " + m.sentence().substring(m.begin(), m.end()))
                .reduce((a, b) -> a + " | " + b).orElseThrow());
        assertEquals("Réunion", page.mentions().get(0).title());
        assertEquals("LOCATION:hanoï".replace("ï", "i"), page.coOccurring().get(0).key());
        assertEquals(List.of(new Month("2025-03", 2), new Month("sans date", 1)), page.timeline());
        assertEquals(List.of(new Dated("2024", "d1", "Interpol a réuni ses membres à Hanoï en 2024.")), page.dated());
        assertEquals(List.of("rename annulée sigle", "undo annulation "), page.history().stream()
                .map(h -> h.action() + " " + h.status() + " " + h.note()).toList(), "the rename by alias and its undo, not the reject");
    }

    @Test
    void anUnknownEntityHasNoPage() {
        assertTrue(pages.page("Atlantide").isEmpty());
    }
}
