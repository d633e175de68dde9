package org.vigie.web.internal.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The facets of the last few queries, for a short while: paging through a result set shows the
 * same facets without counting them again (at 20 000 documents a broad query's facets cost most
 * of its answer). The key holds the store's revision, so an import is seen at once; a re-extraction
 * or a curation decision within {@link #TTL_MILLIS} may be seen that much later.
 */
final class FacetCache {

    static final long TTL_MILLIS = 30_000;
    static final int SIZE = 32;

    private record Entry(Facets.Counts counts, long made) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > SIZE;
        }
    };

    /** The counts cached under {@code key} if fresh, else those {@code count} makes (then cached). */
    Facets.Counts get(String key, Supplier<Facets.Counts> count) {
        long now = System.currentTimeMillis();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && now - entry.made() < TTL_MILLIS) {
                return entry.counts();
            }
        }
        Facets.Counts counts = count.get();
        synchronized (entries) {
            entries.put(key, new Entry(counts, now));
        }
        return counts;
    }
}
