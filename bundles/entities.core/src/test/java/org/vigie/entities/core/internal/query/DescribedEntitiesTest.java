package org.vigie.entities.core.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;

/** An entity is described once per index version and set of documents. */
class DescribedEntitiesTest {

    private final AtomicInteger described = new AtomicInteger();

    private Entity interpol(int documents) {
        described.incrementAndGet();
        return new Entity("ORGANIZATION:interpol", EntityType.ORGANIZATION, "Interpol", List.of("OIPC"), List.of(),
                List.of(), 4, documents);
    }

    @Test
    void theSameEntityOverTheSameDocumentsIsDescribedOnce() {
        DescribedEntities cache = new DescribedEntities();
        Entity first = cache.of("ORGANIZATION:interpol", Set.of("doc-a", "doc-b"), () -> interpol(2));
        assertSame(first, cache.of("ORGANIZATION:interpol", Set.of("doc-b", "doc-a"), () -> interpol(2)));
        assertEquals(1, described.get());
        assertEquals(1, cache.of("ORGANIZATION:interpol", Set.of("doc-a"), () -> interpol(1)).documents());
        assertEquals(3, cache.of("ORGANIZATION:interpol", Set.of(), () -> interpol(3)).documents());
        assertEquals(3, described.get(), "another set of documents is another description");
    }

    @Test
    void aFullCacheStartsAgainRatherThanGrowing() {
        DescribedEntities cache = new DescribedEntities();
        for (int i = 0; i <= DescribedEntities.MAX; i++) {
            cache.of("ORGANIZATION:interpol", Set.of("doc-" + i), () -> interpol(1));
        }
        cache.of("ORGANIZATION:interpol", Set.of("doc-0"), () -> interpol(1));
        assertEquals(DescribedEntities.MAX + 2, described.get(), "the first one was forgotten when the cache filled");
    }
}
