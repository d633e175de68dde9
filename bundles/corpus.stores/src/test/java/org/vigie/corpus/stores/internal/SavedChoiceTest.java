package org.vigie.corpus.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

class SavedChoiceTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansTheEmbeddedStore() {
        SavedChoice saved = SavedChoice.read(dir);
        assertEquals(StoreChoice.embedded(), saved.activeChoice());
        assertEquals(null, saved.cluster());
    }

    @Test
    void aClusterIsKeptWithItsPasswordFileNeverItsPassword() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "s3cr3t-Pa55\n");
        StoreChoice cluster = new StoreChoice(StoreKind.OPENSEARCH, "https://search.example:9200/", "veille", "analyst",
                password);
        SavedChoice.read(dir).using(cluster).write(dir);

        SavedChoice back = SavedChoice.read(dir);

        assertEquals(cluster, back.activeChoice());
        assertEquals("https://search.example:9200", back.cluster().url());
        String file = Files.readString(dir.resolve(SavedChoice.FILE));
        assertTrue(file.contains("opensearch.passwordFile=" + password.toString().replace(":", "\\:")), file);
        assertFalse(file.contains("s3cr3t"), file);
    }

    @Test
    void backToEmbeddedKeepsTheClusterForTheNextUseOrCopy() {
        StoreChoice cluster = new StoreChoice(StoreKind.OPENSEARCH, "https://127.0.0.1:9200", null, null, null,
                dir.resolve("ca.p12"), dir.resolve("ca.password"));
        SavedChoice.read(dir).using(cluster).using(StoreChoice.embedded()).write(dir);

        SavedChoice back = SavedChoice.read(dir);

        assertEquals(StoreKind.EMBEDDED, back.active());
        assertEquals(cluster, back.cluster());
    }

    @Test
    void aDamagedFileIsOneLineNamingIt() throws Exception {
        Files.writeString(dir.resolve(SavedChoice.FILE), "active=elastic\n");
        CorpusException e = assertThrows(CorpusException.class, () -> SavedChoice.read(dir));
        assertEquals("cannot read " + dir.resolve(SavedChoice.FILE) + ": unknown store 'elastic': embedded or opensearch",
                e.getMessage());
    }
}
