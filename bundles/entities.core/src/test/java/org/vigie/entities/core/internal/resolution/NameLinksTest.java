package org.vigie.entities.core.internal.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameLinksTest {

    private static final Map<String, Integer> DOCUMENTS = Map.of("LAW:convention de budapest", 3,
            "LAW:convention sur la cybercriminalite", 2, "LAW:convention de budapest du conseil de l'europe", 1,
            "PERSON:nguyen van an", 4, "PERSON:an nguyen van", 1);

    private static NameLinks links(Map<String, Set<String>> declared) {
        return links(declared, Set.of());
    }

    /** As the index reads them: a group split by affiliation counts no document to merge. */
    private static NameLinks links(Map<String, Set<String>> declared, Set<String> split) {
        return NameLinks.of(declared, group -> split.contains(group) ? 0 : DOCUMENTS.getOrDefault(group, 0));
    }

    @Test
    void declaredNamesMergeTransitivelyUnderTheNameMostDocumentsUse() {
        NameLinks links = links(Map.of("LAW:convention de budapest", Set.of("LAW:convention sur la cybercriminalite"),
                "LAW:convention de budapest du conseil de l'europe", Set.of("LAW:convention de budapest")));
        assertEquals("LAW:convention de budapest", links.keyOf("LAW:convention sur la cybercriminalite"));
        assertEquals("LAW:convention de budapest", links.keyOf("LAW:convention de budapest du conseil de l'europe"));
        assertEquals(List.of("LAW:convention de budapest", "LAW:convention sur la cybercriminalite",
                "LAW:convention de budapest du conseil de l'europe"), links.groupsOf("LAW:convention sur la cybercriminalite"));
    }

    @Test
    void aNameNoDocumentUsesAsAnEntityLinksNothing() {
        NameLinks links = links(Map.of("LAW:convention sur la cybercriminalite", Set.of("LAW:convention de hanoi")));
        assertEquals("LAW:convention sur la cybercriminalite", links.keyOf("LAW:convention sur la cybercriminalite"));
        assertEquals(List.of("LAW:convention de hanoi"), links.groupsOf("LAW:convention de hanoi"));
    }

    @Test
    void anUnlinkedGroupIsItsOwnEntity() {
        assertEquals("LAW:x", NameLinks.NONE.keyOf("LAW:x"));
        assertEquals(List.of("LAW:x"), NameLinks.NONE.groupsOf("LAW:x"));
    }

    /** Two people sharing a folded name but working for different bodies stay apart, whatever the text declares. */
    @Test
    void sameNamePeopleWithConflictingAffiliationsAreNeverMerged() {
        Map<String, Map<String, Integer>> affiliations = Map.of("PERSON:nguyen van an",
                Map.of("interpol", 2, "hoang anh gia lai", 2));
        Resolution resolution = Resolution.of(affiliations, (split, evidence) -> links(Map.of(
                "PERSON:an nguyen van", Set.of("PERSON:nguyen van an")), split), 1);
        String police = resolution.entityKey("PERSON:nguyen van an", "interpol");
        String footballer = resolution.entityKey("PERSON:nguyen van an", "hoang anh gia lai");
        assertNotEquals(police, footballer);
        assertEquals("PERSON:an nguyen van", resolution.entityKey("PERSON:an nguyen van", EntityGroup.NO_AFFILIATION));
        assertEquals(List.of("PERSON:nguyen van an"), resolution.groupsOf(police));
    }

    @Test
    void aResolutionMergesTheGroupsItDoesNotSplit() {
        Resolution resolution = Resolution.of(Map.of(), (split, evidence) -> links(Map.of(
                "LAW:convention de budapest", Set.of("LAW:convention sur la cybercriminalite"))), 1);
        assertEquals("LAW:convention de budapest", resolution.entityKey("LAW:convention sur la cybercriminalite", "-"));
        assertEquals("LAW:convention de budapest", resolution.keyOf("LAW:convention sur la cybercriminalite"));
        assertEquals(2, resolution.groupsOf("LAW:convention de budapest").size());
    }

    /** A declaration between people whose documents cannot be one person's links nothing, nor through a third name. */
    @Test
    void peopleWhoseEvidenceConflictsAreNeverLinked() {
        Map<String, Set<String>> evidence = Map.of("PERSON:xi jinping", Set.of("role:office"),
                "PERSON:jinping xi", Set.of("role:sport"), "PERSON:xi jin ping", Set.of());
        Map<String, Set<String>> declared = Map.of("PERSON:xi jinping", Set.of("PERSON:jinping xi", "PERSON:xi jin ping"),
                "PERSON:xi jin ping", Set.of("PERSON:jinping xi"));
        NameLinks links = NameLinks.of(declared, group -> 1, group -> evidence.getOrDefault(group, Set.of()));
        assertNotEquals(links.keyOf("PERSON:xi jinping"), links.keyOf("PERSON:jinping xi"));
        assertTrue(Set.of(links.keyOf("PERSON:xi jinping"), links.keyOf("PERSON:jinping xi"))
                .contains(links.keyOf("PERSON:xi jin ping")), "the third name joins one of them, not both");
    }
}
