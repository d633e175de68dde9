package org.vigie.export.internal.stix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;

/** Threat groups told from other organisations by general cues in French and English. */
class ThreatGroupsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LockBit | Le groupe de rançongiciels LockBit a frappé.",
        "Conti | The ransomware group Conti struck again.",
        "Lazarus | Les pirates de Lazarus ont volé 600 millions.",
        "Clop | Clop, un gang de rançongiciels, revendique l'attaque.",
        "Clop | The Clop ransomware gang claimed it.",
        "Sandworm | Des hackers de Sandworm visaient le réseau.",
        "Fancy Bear | Le mode opératoire d’attaquants Fancy Bear est actif.",
        "APT28 | APT28 a été vu à Paris." })
    void cuesMakeAThreatGroup(String name, String sentence) {
        assertTrue(ThreatGroups.isThreatGroup(organisation(name), List.of(mention(name, sentence))), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Interpol | Europol a arrêté des pirates, Interpol a aidé.",
        "Interpol | Interpol et des pirates se sont affrontés.",
        "Europol | Europol a démantelé le réseau de rançongiciels hier.",
        "Aptitude | Aptitude 7 a publié un rapport.",
        "ANSSI | Selon l'ANSSI, le groupe de rançongiciels Akira exploite la faille." })
    void otherOrganisationsAreNot(String name, String sentence) {
        assertFalse(ThreatGroups.isThreatGroup(organisation(name), List.of(mention(name, sentence))), sentence);
    }

    private static Entity organisation(String name) {
        return new Entity("ORGANIZATION:" + name, EntityType.ORGANIZATION, name, List.of(), List.of(), List.of(), 1, 1);
    }

    private static Mention mention(String name, String sentence) {
        int at = sentence.indexOf(name);
        return new Mention("d", "ORGANIZATION:" + name, EntityType.ORGANIZATION, new Span(10 + at, 10 + at + name.length()),
                name, name, Map.of(), new Span(10, 10 + sentence.length()), sentence);
    }
}
