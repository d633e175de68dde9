package org.vigie.corpus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.Document;
import org.vigie.testing.NewsFixtures;

/** What the entity index relies on: revisions, removals told after their commit, writes that survive Ctrl-C. */
class StoreIntegrityTest {
    @TempDir
    Path workspace;
    LuceneCorpusStore store;

    @BeforeEach
    void open() {
        store = TestStores.open(workspace);
    }

    @AfterEach
    void close() throws Exception {
        Thread.interrupted();
        store.close();
    }

    @Test
    void theRevisionChangesWithEveryChangeAndOnlyThen() throws Exception {
        String empty = store.revision();
        store.add(List.of(NewsFixtures.CONVENTION));
        String one = store.revision();
        assertNotEquals(empty, one);
        store.add(List.of(NewsFixtures.CONVENTION));
        assertEquals(one, store.revision(), "adding a stored document changes nothing");
        store.close();
        store = TestStores.open(workspace);
        assertEquals(one, store.revision(), "reopening changes nothing");
        store.remove(List.of(NewsFixtures.CONVENTION.id()));
        assertNotEquals(one, store.revision());
        try (LuceneCorpusStore other = TestStores.open(workspace.resolve("other"))) {
            assertNotEquals(empty, other.revision(), "two stores never share one");
        }
    }

    @Test
    void listenersAreToldOfRemovalsAfterTheCommit() {
        store.add(List.of(NewsFixtures.CONVENTION, NewsFixtures.INTERPOL));
        List<String> told = new ArrayList<>();
        store.listeners = List.of(service(new CorpusListener() {
            @Override
            public void documentsAdded(List<Document> documents) {
                throw new AssertionError("the importer tells of additions, not the store");
            }

            @Override
            public void documentsRemoved(Collection<String> ids) {
                ids.forEach(id -> assertFalse(store.contains(id), "committed before the listener is told"));
                told.addAll(ids);
            }
        }));
        assertEquals(1, store.remove(List.of(NewsFixtures.INTERPOL.id(), "not-stored")));
        assertEquals(List.of(NewsFixtures.INTERPOL.id()), told);
        store.remove(List.of("not-stored"));
        assertEquals(1, told.size(), "nothing removed, nothing told");
    }

    @Test
    void changesMadeWithTheInterruptFlagSetLeaveTheWriterUsable() {
        Thread.currentThread().interrupt();
        store.add(List.of(NewsFixtures.CONVENTION));
        store.remove(List.of(NewsFixtures.CONVENTION.id()));
        store.add(List.of(NewsFixtures.INTERPOL));
        assertTrue(Thread.interrupted(), "the caller gets its interrupt back");
        store.add(List.of(NewsFixtures.EUROPOL));
        assertEquals(List.of(NewsFixtures.INTERPOL.id(), NewsFixtures.EUROPOL.id()), store.ids());
    }

    private static ComponentServiceObjects<CorpusListener> service(CorpusListener listener) {
        return new ComponentServiceObjects<>() {
            @Override
            public CorpusListener getService() {
                return listener;
            }

            @Override
            public void ungetService(CorpusListener service) {
                // nothing held
            }

            @Override
            public ServiceReference<CorpusListener> getServiceReference() {
                return null;
            }
        };
    }
}
