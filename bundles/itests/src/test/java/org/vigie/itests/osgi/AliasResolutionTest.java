package org.vigie.itests.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.NameLink;

/**
 * Alias resolution in the distribution: a document that declares an alias links the two names
 * corpus-wide, so another document using only the alias mentions the same entity, and the index
 * shows the sentence that justified the merge.
 */
class AliasResolutionTest {

    @TempDir
    Path dir;

    @Test
    void anAliasDeclaredInOneDocumentMakesOneEntityAcrossDocuments(@InjectService(timeout = 10_000) CorpusImporter importer,
            @InjectService(timeout = 10_000) CorpusStore store, @InjectService(timeout = 10_000) EntityIndex index)
            throws Exception {
        String declaring = Articles.importText(importer, dir, "strasbourg.txt", "Revue Test",
                "Le Conseil de l'Europe réunit les États parties\n\nLe Conseil de l'Europe a réuni mardi à Strasbourg les "
                + "représentants des États parties à la Convention sur la cybercriminalité, dite Convention de Budapest, "
                + "pour examiner l'application de son deuxième protocole additionnel. Les délégués ont salué les progrès "
                + "de la coopération judiciaire.\n");
        String using = Articles.importText(importer, dir, "tokyo.txt", "Gazette Test",
                "Le Japon étend sa coopération judiciaire\n\nLe gouvernement japonais a annoncé lundi à Tokyo qu'il "
                + "appliquerait la Convention de Budapest aux demandes de preuves électroniques venues de ses partenaires "
                + "asiatiques. Les opérateurs auront trois mois pour s'y préparer.\n");
        try {
            Entity treaty = index.find("Convention sur la cybercriminalité").orElseThrow();
            Entity alias = index.find("Convention de Budapest").orElseThrow();
            assertEquals(treaty.key(), alias.key(), treaty + " / " + alias);
            assertTrue(index.documents(treaty.key()).containsAll(List.of(declaring, using)),
                    index.documents(treaty.key()).toString());

            List<NameLink> links = index.links(treaty.key());
            assertTrue(links.stream().anyMatch(l -> l.documentId().equals(declaring)
                    && l.sentence().contains("Convention sur la cybercriminalité, dite Convention de Budapest")
                    && l.alias().equals("Convention de Budapest")), links.toString());
            assertTrue(links.stream().noneMatch(l -> l.documentId().equals(using)), "the second document declares nothing: "
                    + links);
        } finally {
            store.remove(List.of(declaring, using)); // the framework's workspace is shared with the other tests
        }
        assertTrue(index.find("Convention de Budapest").isEmpty(), "gone with its documents");
    }
}
