package org.vigie.testing.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits until a node answers with a cluster health at least as good as the one asked for. */
public final class NodeHealth {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private NodeHealth() {
    }

    /**
     * Polls {@code _cluster/health?wait_for_status=STATUS} until it answers 200.
     *
     * @param status {@code green} or {@code yellow}
     * @throws IOException naming the node's last output when it died or did not get there in time
     */
    public static void await(OpenSearchNode node, String status, Duration timeout) throws IOException {
        URI health = node.url().resolve("/_cluster/health?wait_for_status=" + status + "&timeout=2s");
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!node.alive()) {
                throw new IOException("OpenSearch exited at start: " + lastLine(node));
            }
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for OpenSearch at " + node.url(), e);
            }
        }
        throw new IOException("OpenSearch at " + node.url() + " was not " + status + " after "
                + timeout.toSeconds() + " s: " + lastLine(node));
    }

    /** The last error the node printed, else its last line. */
    private static String lastLine(OpenSearchNode node) {
        String[] lines = node.lastOutput(60).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("ERROR") || lines[i].contains("Exception")) {
                return lines[i].strip();
            }
        }
        return lines[lines.length - 1].strip();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for OpenSearch", e);
        }
    }
}
