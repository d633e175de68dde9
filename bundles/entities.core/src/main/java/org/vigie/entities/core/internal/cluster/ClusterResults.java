package org.vigie.entities.core.internal.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.cluster.OpenSearchCluster;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.core.internal.pipeline.ResultStore;

/**
 * The results on the cluster, shared by every analyst on it, with a replica in the workspace that
 * the questions read. A write goes to the replica and to the cluster; {@link #publish()} and
 * {@link #commit()} return once the cluster acknowledged it (searchable), so nothing is reported
 * stored that the cluster does not hold. A replica catches up when the cluster's revision is not
 * the one it last caught up with: it reads every id and stamp (doc values, no result), fetches
 * the results it lacks or holds in another version, and drops those the cluster no longer has.
 */
public final class ClusterResults implements ResultStore {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterResults.class);

    /** The least time between two looks at the cluster's revision before a question. */
    public static final long LOOK_EVERY_MS = 1000;
    /** Results fetched and texts read per request during a catch-up. */
    private static final int PAGE = 200;

    private final ResultIndex index;
    private final ReplicaStore replica;
    /** The stored documents of some ids (those the corpus holds): {@code CorpusStore.getAll}. */
    private final Function<List<String>, List<Document>> corpus;
    /** Results written but not yet acknowledged: id to (stamp, JSON). */
    private final Map<String, String[]> staged = new LinkedHashMap<>();
    private final Stamps stamps;
    private long stagedChars;
    private final long lookEveryMillis;
    private String caughtUp;
    private long lookedAt;

    public ClusterResults(OpenSearchCluster cluster, ReplicaStore replica, Path directory,
            Function<List<String>, List<Document>> corpus, long lookEveryMillis) {
        this.stamps = new Stamps(directory.resolveSibling(directory.getFileName() + ".stamps"));
        this.index = new ResultIndex(cluster);
        this.lookEveryMillis = lookEveryMillis;
        this.replica = replica;
        this.corpus = corpus;
    }

    /** Where the replica of this cluster's results lives in the workspace's {@code entities} area. */
    public static Path replicaOf(Path entities, OpenSearchCluster cluster) {
        String where = Integer.toHexString(cluster.where().hashCode());
        return entities.resolve("opensearch-" + cluster.indexPrefix().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + where);
    }

    @Override
    public synchronized void put(Document document, ExtractionResult result) {
        String json = ResultJson.write(result);
        replica.put(document, result);
        String[] earlier = staged.put(document.id(), new String[] {ResultJson.stamp(json), json});
        stagedChars += json.length() - (earlier == null ? 0 : earlier[1].length());
        if (stagedChars > ResultBulk.MAX_CHARS) {
            flush();
        }
    }

    @Override
    public synchronized void remove(Collection<String> documentIds) {
        flush();
        index.delete(documentIds);
        replica.remove(documentIds);
        documentIds.forEach(stamps::remove);
    }

    @Override
    public synchronized void commit() {
        flush();
        replica.commit();
    }

    @Override
    public synchronized void publish() {
        flush();
        replica.publish();
    }

    @Override
    public synchronized Set<String> documentIds() {
        catchUp();
        return replica.documentIds();
    }

    @Override
    public String agreedRevision() {
        return replica.agreedRevision();
    }

    @Override
    public synchronized void commitAgreement(String corpusRevision) {
        flush();
        replica.commitAgreement(corpusRevision);
    }

    /** Catches up before a question unless it looked at the cluster less than {@code lookEveryMillis} ago. */
    public synchronized void catchUpSoon() {
        if (System.currentTimeMillis() - lookedAt >= lookEveryMillis) {
            catchUp();
        }
    }

    private void catchUp() {
        flush();
        lookedAt = System.currentTimeMillis();
        String revision = index.revision();
        if (revision.equals(caughtUp)) {
            return;
        }
        Map<String, String> onCluster = index.stamps();
        Set<String> held = replica.documentIds();
        var missing = onCluster.entrySet().stream()
                .filter(e -> !held.contains(e.getKey()) || !e.getValue().equals(stamps.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> orphans = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += PAGE) {
            orphans.addAll(fetch(missing.subList(from, Math.min(missing.size(), from + PAGE))));
        }
        index.delete(orphans);
        replica.remove(held.stream().filter(id -> !onCluster.containsKey(id)).toList());
        replica.commit();
        stamps.save();
        caughtUp = revision;
    }

    /** Sends what is staged (a result never published is still shared), closes the replica, keeps the stamps. */
    public synchronized void close() throws IOException {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("entity results not sent to the cluster at close ({}): the next check extracts them again", e.getMessage());
        }
        replica.close();
        stamps.save();
    }

    /** Stores one page of the cluster's results in the replica; returns the ids the corpus no longer holds. */
    private List<String> fetch(List<String> ids) {
        Map<String, Document> texts = new HashMap<>();
        corpus.apply(ids).forEach(document -> texts.put(document.id(), document));
        List<String> orphans = new ArrayList<>();
        index.fetch(ids).forEach((id, source) -> {
            Document document = texts.get(id);
            if (document != null) {
                replica.put(document, ResultJson.read(id, source.path("result")));
                stamps.put(id, source.path("stamp").asText());
            } else {
                orphans.add(id); // the results of a document removed from the corpus
            }
        });
        return orphans;
    }

    private void flush() {
        if (staged.isEmpty()) {
            return;
        }
        index.store(staged);
        staged.forEach((id, stamped) -> stamps.put(id, stamped[0]));
        staged.clear();
        stagedChars = 0;
    }
}
