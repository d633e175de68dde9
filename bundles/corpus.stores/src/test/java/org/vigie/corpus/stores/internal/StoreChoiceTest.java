package org.vigie.corpus.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/** The API's checks of a choice, as the store commands meet them. */
class StoreChoiceTest {
    @Test
    void aClusterIsDescribedWithItsUserAndNoSecret() {
        StoreChoice c = new StoreChoice(StoreKind.OPENSEARCH, "https://h:9200/", "veille", "analyst", Path.of("/pw"));
        assertEquals("opensearch at https://h:9200 (index prefix veille) as analyst", c.describe());
    }

    @Test
    void severalNodesAreCheckedOneByOneAndKeptInOrder() {
        StoreChoice c = new StoreChoice(StoreKind.OPENSEARCH, "http://a:9200/, http://b:9200", null, null, null);
        assertEquals("http://a:9200,http://b:9200", c.url());
        assertEquals(java.util.List.of("http://a:9200", "http://b:9200"), c.urls());
        assertEquals("bad --url 'ftp://b': an http:// or https:// address with a host is needed",
                refused("http://a:9200,ftp://b", null, null));
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertEquals("bad --url: no credentials in the URL; use --user and --password-file",
                refused("http://analyst:secret@h:9200", null, null));
    }

    @Test
    void aUserNeedsAPasswordFile() {
        assertEquals("--user and --password-file go together: give both or neither", refused("http://h:9200", "analyst", null));
    }

    @Test
    void onlyHttpAndHttpsAreTaken() {
        assertEquals("bad --url 'ftp://h': an http:// or https:// address with a host is needed", refused("ftp://h", null, null));
        assertEquals("store opensearch needs --url, e.g. --url http://127.0.0.1:9200", refused(null, null, null));
    }

    @Test
    void unknownKindsNameTheKnownOnes() {
        CorpusException e = assertThrows(CorpusException.class, () -> StoreKind.of("elastic"));
        assertEquals("unknown store 'elastic': embedded or opensearch", e.getMessage());
    }

    private static String refused(String url, String user, Path passwordFile) {
        return assertThrows(CorpusException.class,
                () -> new StoreChoice(StoreKind.OPENSEARCH, url, null, user, passwordFile)).getMessage();
    }
}
