package org.vigie.corpus.api.stores;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vigie.corpus.api.CorpusException;

/** The corpus store implementations the workbench can switch between. */
public enum StoreKind {
    /** Lucene in the workspace's {@code store} area (bundle {@code org.vigie.corpus.store}). */
    EMBEDDED,
    /** An OpenSearch cluster over REST (bundle {@code org.vigie.corpus.opensearch}). */
    OPENSEARCH;

    /** The service property of a {@code CorpusStore} naming its kind ({@link #id()}). */
    public static final String PROPERTY = "vigie.corpus.store";

    /** The service property and value ({@code vigie.corpus.store.role=copy}) of a store opened only as a copy's target. */
    public static final String COPY_ROLE = "vigie.corpus.store.role=copy";

    /** The name used in commands, the workspace and the service property: {@code embedded}, {@code opensearch}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code id}.
     *
     * @throws CorpusException naming the known kinds when there is none of that name
     */
    public static StoreKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new CorpusException("unknown store '" + id + "': "
                        + Arrays.stream(values()).map(StoreKind::id).collect(Collectors.joining(" or "))));
    }
}
