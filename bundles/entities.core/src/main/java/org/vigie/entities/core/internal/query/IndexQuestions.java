package org.vigie.entities.core.internal.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.CurationReport;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameLink;
import org.vigie.entities.core.internal.curation.Curation;
import org.vigie.entities.core.internal.curation.Staleness;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.resolution.Resolution;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The questions of {@link org.vigie.entities.api.EntityIndex}, answered over the searcher of the
 * moment: each question reads one index version, with the resolution, canonical names and
 * described entities of that version (built once per version, {@link PerVersion}).
 */
public final class IndexQuestions {

    private final Supplier<SearcherManager> searchers;
    private final Function<String, Optional<String>> corpusTexts;
    private final Path directory;
    private final ObjectMapper json;
    private final PerVersion<Resolution> resolution = new PerVersion<>();
    /** The canonical names of an index version, read on first use. */
    private final PerVersion<CorpusNames> names = new PerVersion<>();
    /** The entities described in an index version. */
    private final PerVersion<DescribedEntities> described = new PerVersion<>();
    /** How the decisions apply to an index version. */
    private final PerVersion<CurationReport> reports = new PerVersion<>();
    /** The co-occurrence counts of the whole corpus. */
    private final PerVersion<PairTable> pairs = new PerVersion<>();
    private final Supplier<Curation> curation;
    /** The last large set of document ids asked about, as bits of the reader it was asked on. */
    private final Scopes scopes = new Scopes();

    /**
     * {@code searchers}: the index's searchers (may throw why the index cannot be used);
     * {@code corpusTexts}: a document's text by id, where the mentions' sentences are cut from;
     * {@code directory}: the index folder, named in errors; {@code curation}: the analyst's
     * decisions in force now (a new instance when they change).
     */
    public IndexQuestions(Supplier<SearcherManager> searchers, Function<String, Optional<String>> corpusTexts, Path directory,
            ObjectMapper json, Supplier<Curation> curation) {
        this.searchers = searchers;
        this.curation = curation;
        this.corpusTexts = corpusTexts;
        this.directory = directory;
        this.json = json;
    }

    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return query(q -> q.entities(types, documentIds, limit));
    }

    public Optional<Entity> find(String name) {
        return query(q -> q.find(name));
    }

    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        return query(q -> q.mentionQueries().mentions(entityKey, documentIds, limit));
    }

    public Set<String> documents(String entityKey) {
        return query(q -> q.documents(entityKey));
    }

    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return query(q -> coOccurrences(q).pairs(documentIds, limit));
    }

    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return query(q -> coOccurrences(q).with(entityKey, documentIds, limit));
    }

    private CoOccurrences coOccurrences(EntityQueries q) {
        return new CoOccurrences(q, () -> pairs.get(q.version(),
                () -> CoOccurrences.table(q.reading(), IndexQueries.of(IndexFields.ENTITY, List.of()))));
    }

    public List<NameLink> links(String entityKey) {
        return query(q -> new LinkEvidence(q.mentionQueries()).of(entityKey));
    }

    public List<Mention> dates(Collection<String> documentIds) {
        return query(q -> q.mentionQueries().dates(documentIds));
    }

    public Optional<DocumentEntities> document(String documentId) {
        return query(q -> q.mentionQueries().document(documentId));
    }

    public List<Mention> documentMentions(String documentId) {
        return query(q -> q.mentionQueries().documentMentions(documentId));
    }

    public CurationReport curation() {
        return query(q -> reports.get(q.version(), () -> Staleness.of(q.reading().curation(), q.reading()::exists)));
    }

    private <T> T query(Function<EntityQueries, T> question) {
        SearcherManager manager = searchers.get();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                Searching search = new Searching(searcher, scopes);
                Curation decisions = curation.get();
                IndexReading reading = new IndexReading(search, resolution(search), decisions, new StoredJson(json));
                DocumentTexts texts = new DocumentTexts(corpusTexts);
                // what is derived from entities depends on the index and on the decisions
                List<Long> version = List.of(reading.resolution().version(), decisions.revision());
                return question.apply(new EntityQueries(reading, () -> names.get(version, () -> CorpusNames.read(reading)),
                        texts, described.get(version, DescribedEntities::new), version));
            } finally {
                manager.release(searcher);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ExtractionException("cannot read the entity index " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The resolution of the searcher's index version, rebuilt when the index changed. */
    private Resolution resolution(Searching search) {
        long version = ((DirectoryReader) search.searcher().getIndexReader()).getVersion();
        return resolution.get(version, v -> AffiliationEvidence.read(search, new StoredJson(json), v));
    }
}
