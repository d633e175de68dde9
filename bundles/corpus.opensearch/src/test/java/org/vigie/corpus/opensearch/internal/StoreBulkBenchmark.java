package org.vigie.corpus.opensearch.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vigie.corpus.api.Document;
import org.vigie.testing.NewsFixtures;

/**
 * The store's {@code add} against OpenSearch's own {@code _bulk} of the same documents, one
 * request of {@code batch} documents at a time, on a running node (bench/opensearch/store-bulk.sh).
 * The floor writes the same JSON with {@code index} actions into an index with the same settings
 * and mappings, and refreshes once at the end; the store adds with {@code create} actions, a
 * revision before and after and a refresh per batch, as an import does.
 * <p>
 * Arguments: URL DOCUMENTS BATCH.
 */
public final class StoreBulkBenchmark {

    private StoreBulkBenchmark() {
    }

    public static void main(String[] args) {
        URI url = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        List<Document> documents = documents(count);
        for (int round = 1; round <= 3; round++) {
            double floor = floor(url, documents, batch, "floor-" + round);
            double store = store(url, documents, batch, "store-" + round);
            System.out.printf(Locale.ROOT, "round %d: _bulk floor %.0f docs/s, store add %.0f docs/s, ratio %.2f%n",
                    round, floor, store, store / floor);
        }
    }

    /** Distinct French articles of about 3 KB: the fixtures' texts, numbered. */
    private static List<Document> documents(int count) {
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document base = NewsFixtures.ALL.get(i % 4);
            String text = "Dépêche " + i + ". " + base.text() + " " + NewsFixtures.ALL.get((i + 1) % 4).text();
            documents.add(new Document(NewsFixtures.contentId(text), text, text, base.metadata()));
        }
        return documents;
    }

    private static double store(URI url, List<Document> documents, int batch, String prefix) {
        OpenSearchCorpusStore store = TestStores.open(url, prefix);
        store.count();
        long start = System.nanoTime();
        for (int i = 0; i < documents.size(); i += batch) {
            store.add(documents.subList(i, Math.min(documents.size(), i + batch)));
        }
        return documents.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double floor(URI url, List<Document> documents, int batch, String prefix) {
        ClusterSettings settings = ClusterSettings.of(TestStores.config(url, prefix, 6));
        ClusterClient client = new ClusterClient(settings.client(), settings);
        CorpusIndexes indexes = new CorpusIndexes(client, prefix, 0);
        String index = indexes.corpus();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < documents.size(); i += batch) {
            StringBuilder body = new StringBuilder();
            for (Document document : documents.subList(i, Math.min(documents.size(), i + batch))) {
                body.append(BulkBody.action("index", index, document.id())).append(BulkBody.line(DocumentSource.of(document, i)));
            }
            bodies.add(body.toString());
        }
        long start = System.nanoTime();
        for (String body : bodies) {
            client.ok(client.ndjson("_bulk", body), "bulk");
        }
        client.ok(client.json("POST", index + "/_refresh", ClusterClient.JSON.createObjectNode()), "refresh");
        return documents.size() / ((System.nanoTime() - start) / 1e9);
    }
}
