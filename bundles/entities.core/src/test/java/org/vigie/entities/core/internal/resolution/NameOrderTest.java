package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Names of the same words in another order, linked only on a shared role or affiliation. */
class NameOrderTest {

    private static final List<String> GROUPS = List.of("PERSON:to lam", "PERSON:lam to", "PERSON:xi jinping",
            "PERSON:jinping xi", "PERSON:luong tam quang", "PERSON:tam quang luong", "LAW:loi to lam", "PERSON:lam");

    @Test
    void reorderingsArePeopleOfTwoWordsOrMoreSharingTheirWords() {
        Collection<List<String>> reorderings = NameOrder.reorderings(GROUPS);
        assertEquals(Set.of(Set.of("PERSON:to lam", "PERSON:lam to"), Set.of("PERSON:xi jinping", "PERSON:jinping xi"),
                Set.of("PERSON:luong tam quang", "PERSON:tam quang luong")),
                Set.copyOf(reorderings.stream().map(Set::copyOf).toList()));
    }

    @Test
    void aSharedRoleOrAffiliationLinksThemNothingElseDoes() {
        Map<String, Set<String>> roles = Map.of("PERSON:to lam", Set.of("secretaire general"),
                "PERSON:lam to", Set.of("secretaire general", "dirigeant"), "PERSON:xi jinping", Set.of("president"));
        Map<String, Set<String>> affiliations = Map.of("PERSON:luong tam quang", Set.of("ministere de la securite publique"),
                "PERSON:tam quang luong", Set.of("securite publique"), "PERSON:jinping xi", Set.of("chine"));
        Map<String, Set<String>> links = NameOrder.links(NameOrder.reorderings(GROUPS),
                g -> roles.getOrDefault(g, Set.of()), g -> affiliations.getOrDefault(g, Set.of()));
        assertEquals(2, links.size());
        assertTrue(linked(links, "PERSON:to lam", "PERSON:lam to"), "a shared role");
        assertTrue(linked(links, "PERSON:luong tam quang", "PERSON:tam quang luong"), "an affiliation within the other");
        assertFalse(linked(links, "PERSON:xi jinping", "PERSON:jinping xi"), "a role on one side, an affiliation on the other");
    }

    private static boolean linked(Map<String, Set<String>> links, String a, String b) {
        return links.getOrDefault(a, Set.of()).contains(b) || links.getOrDefault(b, Set.of()).contains(a);
    }
}
