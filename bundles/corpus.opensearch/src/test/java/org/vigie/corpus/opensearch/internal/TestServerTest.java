package org.vigie.corpus.opensearch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.testing.opensearch.OpenSearchNode;
import org.vigie.testing.opensearch.RunningOpenSearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The test server runs with the analysis-common filters the French analysis is made of. */
@ExtendWith(RunningOpenSearch.class)
class TestServerTest {

    @Test
    void theTestServerHasTheFrenchFilters(OpenSearchNode node) throws IOException, InterruptedException {
        String body = """
                {"tokenizer": "standard", "text": "L’arrestation de Lương",
                 "filter": [{"type": "elision", "articles_case": true, "articles": ["l", "d"]}, "lowercase",
                            "asciifolding", {"type": "stemmer", "language": "light_french"}]}""";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(node.url().resolve("/_analyze")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode tokens = new ObjectMapper().readTree(answer.body()).path("tokens");
        assertEquals(List.of("arest", "de", "luong"), tokens.findValuesAsText("token"));
    }
}
