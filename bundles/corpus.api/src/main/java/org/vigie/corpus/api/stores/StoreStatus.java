package org.vigie.corpus.api.stores;

/**
 * The active store and how it is.
 *
 * @param active the active store
 * @param health {@code green}, {@code yellow} or {@code red} with the cluster's node count, or
 *        {@code OK} for the embedded store; or why it cannot be told ({@code unreachable: ...})
 * @param documents the number of stored documents, or -1 when the store cannot be read
 */
public record StoreStatus(StoreChoice active, String health, long documents) {
}
