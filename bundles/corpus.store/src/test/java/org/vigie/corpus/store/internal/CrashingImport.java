package org.vigie.corpus.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;

/**
 * A child process for {@link CrashResumeTest}: adds numbered documents to a store in batches and
 * says {@code committed N} after each batch, so the test can kill it in the middle of the next.
 */
public final class CrashingImport {
    private static final String[] SENTENCES = {
        "La police a démantelé un réseau de fraude en ligne qui visait des retraités.",
        "Les enquêteurs ont saisi des serveurs loués sous de faux noms.",
        "Le parquet a ouvert une information judiciaire pour escroquerie en bande organisée.",
        "Les victimes avaient reçu des messages les invitant à payer une fausse amende.",
        "Un suspect a été interpellé à l’aéroport alors qu’il tentait de quitter le pays.",
    };

    private CrashingImport() {
    }

    /** Arguments: workspace directory, number of batches, documents per batch. */
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        try (LuceneCorpusStore store = TestStores.open(workspace)) {
            for (int batch = 0; batch < batches; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int n = batch * size; n < (batch + 1) * size; n++) {
                    documents.add(document(n));
                }
                store.add(documents);
                System.out.println("committed " + (batch + 1));
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    static String id(int n) {
        return String.format("crash%06d", n);
    }

    static Document document(int n) {
        StringBuilder text = new StringBuilder("Dépêche numéro ").append(n).append(". ");
        for (int i = 0; i < 24; i++) {
            text.append(SENTENCES[(n + i) % SENTENCES.length]).append(' ');
        }
        text.append("Fin de la dépêche ").append(n).append('.');
        DocumentMetadata meta = new DocumentMetadata("Dépêche " + n, "Agence test", null, LocalDate.of(2025, 10, 1 + n % 28),
                "fr", "depeche-" + n + ".txt", "/tmp/depeche-" + n + ".txt", null, "text/plain", Map.of("lot", "crash"));
        return new Document(id(n), text.toString(), null, meta);
    }
}
