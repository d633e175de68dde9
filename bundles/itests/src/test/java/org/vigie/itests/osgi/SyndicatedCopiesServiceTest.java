package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;

/**
 * The store's copy clusters in the distribution: a wire story and two rewrites added through the
 * corpus store form one cluster whose original is the earliest published, a different story on
 * the same topic stays out, and a copy removed leaves its cluster.
 */
class SyndicatedCopiesServiceTest {
    private static final String[] DISPATCH = {
        "Les douanes du port du Havre ont saisi jeudi quatre conteneurs de composants électroniques contrefaits "
            + "destinés à des routeurs vendus aux collectivités locales, a annoncé vendredi la direction régionale.",
        "D'après les enquêteurs, les puces saisies contenaient un micrologiciel modifié capable d'ouvrir un accès "
            + "dissimulé aux réseaux des mairies qui auraient installé ces équipements sans les vérifier.",
        "La marchandise venait d'un transitaire établi à Rotterdam, qui avait déclaré des câbles ordinaires. "
            + "Le parquet de Rouen a confié l'enquête à l'office de lutte contre la cybercriminalité.",
        "Les collectivités qui ont acheté des routeurs de cette série depuis janvier sont invitées à les "
            + "débrancher et à signaler leurs numéros de série au centre gouvernemental de veille.",
    };
    private static final String SAME_TOPIC = "Les mairies normandes s'inquiètent de la sécurité de leurs routeurs "
            + "après plusieurs pannes inexpliquées survenues depuis l'automne. Un élu de Rouen demande un audit de tous les "
            + "équipements réseau achetés par les collectivités locales et réclame l'aide du centre gouvernemental de veille. "
            + "Les fournisseurs assurent que leurs produits respectent les normes et proposent des mises à jour gratuites.";

    @Test
    void copiesOfOneStoryFormOneClusterUntilACopyIsRemoved(@InjectService(timeout = 10_000) CorpusStore store,
            @InjectService(timeout = 10_000) CorpusCopies copies) {
        assertEquals("org.vigie.corpus.store", FrameworkUtil.getBundle(copies.getClass()).getSymbolicName());
        // the rewrite is stored first: the original is the earliest published, not the first added
        Document rewrite = document("itest-copies-rewrite", "Routeurs piégés : saisie record au Havre", "Le Courrier Test",
                LocalDate.of(2025, 3, 8), "LE HAVRE - " + DISPATCH[0].substring(0, DISPATCH[0].indexOf(", a annoncé"))
                        + ".\n\n" + DISPATCH[1] + "\n\n" + DISPATCH[3] + "\n\n© Le Courrier Test. Tous droits réservés.");
        Document wire = document("itest-copies-wire", "Saisie de composants contrefaits au Havre", "Agence Test",
                LocalDate.of(2025, 3, 7), String.join("\n\n", DISPATCH));
        Document weekly = document("itest-copies-weekly", "Des routeurs espions pour les mairies ?", "Hebdo Test",
                LocalDate.of(2025, 3, 9), String.join("\n\n", DISPATCH[0], DISPATCH[2], DISPATCH[3]
                        .replace("depuis janvier", "depuis le mois de janvier"), "Publié avec l'agence. Abonnez-vous à notre lettre."));
        Document other = document("itest-copies-other", "Les mairies inquiètes pour leurs routeurs", "Agence Test",
                LocalDate.of(2025, 3, 7), SAME_TOPIC);
        List<String> ids = List.of(rewrite.id(), wire.id(), weekly.id(), other.id());
        try {
            assertEquals(List.of(rewrite.id()), store.add(List.of(rewrite)));
            assertEquals(List.of(wire.id(), weekly.id(), other.id()), store.add(List.of(wire, weekly, other)));

            CopyCluster cluster = copies.clusterOf(rewrite.id()).orElseThrow(() -> new AssertionError(
                    "no cluster for the rewrite: " + copies.clusters()));
            assertEquals(wire.id(), cluster.original().id(), cluster.toString());
            assertEquals(List.of(rewrite.id(), weekly.id()), cluster.copies().stream().map(Copy::id).toList());
            assertTrue(cluster.copies().stream().allMatch(c -> c.similarity() >= copies.threshold()), cluster.toString());
            assertEquals(cluster, copies.clusterOf(wire.id()).orElseThrow());
            assertTrue(copies.clusterOf(other.id()).isEmpty(), copies.clusters().toString());
            assertEquals(1, copies.clusters().stream().filter(c -> c.members().stream().anyMatch(m -> ids.contains(m.id())))
                    .count(), copies.clusters().toString());

            assertEquals(1, store.remove(List.of(rewrite.id())));
            CopyCluster left = copies.clusterOf(wire.id()).orElseThrow();
            assertEquals(List.of(wire.id(), weekly.id()), left.members().stream().map(Copy::id).toList());
            assertTrue(copies.clusterOf(rewrite.id()).isEmpty());
            assertFalse(copies.clusters().stream().anyMatch(c -> c.contains(rewrite.id())), copies.clusters().toString());

            assertEquals(1, store.remove(List.of(weekly.id())));
            assertTrue(copies.clusterOf(wire.id()).isEmpty(), "a cluster of one is no cluster: " + copies.clusters());
        } finally {
            store.remove(ids); // the framework's workspace is shared with the other tests
        }
    }

    private static Document document(String id, String title, String source, LocalDate published, String text) {
        return new Document(id, text, text, new DocumentMetadata(title, source, null, published, "fr", id + ".txt",
                null, Instant.now(), "text/plain", Map.of()));
    }
}
