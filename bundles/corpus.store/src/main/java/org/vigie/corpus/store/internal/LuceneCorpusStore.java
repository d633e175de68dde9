package org.vigie.corpus.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusListener;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.corpus.api.copies.CopyCluster;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.corpus.api.stores.StoreKind;
import org.vigie.lucene.copies.CopySignature;
import org.vigie.lucene.news.CorpusFieldAnalyzer;
import org.vigie.lucene.store.CorpusListeners;

/**
 * The corpus kept in an embedded Lucene index in the workspace's {@code store} area.
 * <p>
 * Whole at about 210 lines: it is the {@link CorpusStore} and {@link CorpusCopies} contracts, a few lines a method handing
 * on to {@link CorpusIndex} (changes), {@link CorpusSearch} and {@link CorpusCounts} (reads).
 */
// vigie.corpus.store names the kind for the store selection (bundle corpus.stores), which retires this
// store through its DS satisfying condition when a cluster is chosen
@Component(service = {CorpusStore.class, CorpusCopies.class}, configurationPid = LuceneCorpusStore.PID,
        property = StoreKind.PROPERTY + "=embedded")
@Designate(ocd = LuceneCorpusStore.Config.class)
public class LuceneCorpusStore implements CorpusStore, CorpusCopies, Closeable {
    static final String PID = "org.vigie.corpus.store";
    private static final Logger LOG = LoggerFactory.getLogger(LuceneCorpusStore.class);
    private static final int MIN_PREFIX = 4;

    @ObjectClassDefinition(name = "Vigie corpus store", description = "The embedded Lucene corpus store")
    public @interface Config {
        @AttributeDefinition(description = "Memory the index writer buffers before it flushes a segment, in MB")
        double ramBufferMb() default 64;

        @AttributeDefinition(description = "Length of a search hit's snippet, in characters")
        int snippetLength() default 240;

        @AttributeDefinition(description = "Least estimated Jaccard similarity (5-word shingles) of two copies of one dispatch")
        double copyThreshold() default 0.3;
    }

    /**
     * Told of removals after their commit (the corpus importer tells them of additions). Got only
     * when told: the entity index's listener itself needs this store, and binding it eagerly
     * would be a cycle.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ComponentServiceObjects<CorpusListener>> listeners = List.of();

    private final Analyzer analyzer = new CorpusFieldAnalyzer();
    private final CorpusSearch search;
    private final CorpusIndex index;
    private final StoredCopies copies;
    private final CopySigning signing;

    @Activate
    public LuceneCorpusStore(@Reference(name = "workspace") Workspace workspace, Config config) {
        search = new CorpusSearch(analyzer, config.snippetLength());
        index = new CorpusIndex(workspace.area("store"), analyzer, config.ramBufferMb());
        copies = new StoredCopies(index, config.copyThreshold());
        signing = CopySigning.start(index, copies);
        LOG.info("corpus store open in {} with {} documents", workspace.area("store"), count());
    }

    @Deactivate
    @Override
    public void close() throws IOException {
        try {
            signing.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
        analyzer.close();
    }

    /** Waits for the signing of the documents stored without a copy signature (for tests). */
    void awaitSigning() throws InterruptedException {
        signing.await();
    }

    @Override
    public List<String> add(Collection<Document> documents) {
        Map<String, CopySignature> signatures = CopySignature.sign(documents);
        List<String> added = index.add(documents, signatures);
        copies.added(added, signatures);
        return added;
    }

    @Override
    public void check(Document document) {
        FieldLimits.check(document, analyzer);
    }

    @Override
    public boolean contains(String id) {
        return index.read(searcher -> CorpusIndex.holds(searcher, id));
    }

    @Override
    public Set<String> stored(Collection<String> ids) {
        return index.read(searcher -> {
            Set<String> held = new HashSet<>();
            for (String id : ids) {
                if (IdTerms.holds(searcher, id)) {
                    held.add(id);
                }
            }
            return held;
        });
    }

    @Override
    public List<Document> getAll(List<String> ids) {
        return index.read(searcher -> StoredDocuments.documents(searcher, ids));
    }

    @Override
    public Optional<Document> get(String idOrPrefix) {
        return index.read(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(CorpusFields.ID, idOrPrefix)), 1);
            if (found.scoreDocs.length == 0 && idOrPrefix.length() >= MIN_PREFIX) {
                found = searcher.search(new PrefixQuery(new Term(CorpusFields.ID, idOrPrefix)), 2);
            }
            if (found.scoreDocs.length > 1) {
                throw new CorpusException("id prefix '" + idOrPrefix + "' is ambiguous: "
                        + found.totalHits.value + " documents start with it; give more characters");
            }
            return found.scoreDocs.length == 0 ? Optional.<Document>empty()
                    : Optional.of(StoredDocuments.document(searcher, found.scoreDocs[0].doc));
        });
    }

    @Override
    public int remove(Collection<String> ids) {
        List<String> removed = index.remove(ids);
        copies.removed(removed);
        if (!removed.isEmpty()) {
            CorpusListeners.tellRemoved(listeners, removed);
        }
        return removed.size();
    }

    @Override
    public String revision() {
        return index.revision();
    }

    @Override
    public List<DocumentSummary> list(int offset, int limit) {
        return index.read(searcher -> {
            Sort importOrder = new Sort(new SortField(CorpusFields.SEQ, SortField.Type.LONG));
            TopDocs top = searcher.search(new MatchAllDocsQuery(), CorpusSearch.wanted(searcher, offset, limit), importOrder);
            List<DocumentSummary> page = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : CorpusSearch.page(top, offset, limit)) {
                page.add(StoredDocuments.summary(fields, hit.doc));
            }
            return page;
        });
    }

    @Override
    public List<String> ids() {
        return index.read(searcher -> CorpusCounts.idsInImportOrder(searcher.getIndexReader()));
    }

    @Override
    public long count() {
        return index.read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search.run(index, request);
    }

    @Override
    public List<CopyCluster> clusters() {
        return copies.clusters();
    }

    @Override
    public Optional<CopyCluster> clusterOf(String id) {
        return copies.clusterOf(id);
    }

    @Override
    public double threshold() {
        return copies.threshold();
    }

    @Override
    public CorpusStats stats() {
        return index.read(searcher -> CorpusCounts.stats(searcher.getIndexReader()));
    }
}
