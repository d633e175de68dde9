package org.vigie.entities.core.internal.query;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One value per version of the entity index: kept while the index does not change, built again
 * for the version a reader sees when it does (an older reader racing a newer one only rebuilds).
 *
 * @param <T> what is derived from the index
 */
final class PerVersion<T> {

    private record Held<T>(Object version, T value) {
    }

    private final AtomicReference<Held<T>> held = new AtomicReference<>();

    /** The value of {@code version}, built by {@code build} when the one held is of another version. */
    T get(long version, LongFunction<T> build) {
        return get(Long.valueOf(version), () -> build.apply(version));
    }

    /** The value of {@code version} (any value with equals), built by {@code build} when the one held is of another. */
    T get(Object version, Supplier<T> build) {
        Held<T> known = held.get();
        if (known != null && known.version().equals(version)) {
            return known.value();
        }
        T fresh = build.get();
        held.set(new Held<>(version, fresh));
        return fresh;
    }
}
