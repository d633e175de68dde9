package org.vigie.corpus.opensearch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.SearchHit;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.lucene.news.CorpusFieldAnalyzer;
import org.vigie.lucene.news.NewsFields;
import org.vigie.lucene.news.NewsQueryParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A search: the query parsed as the embedded store parses it, translated, every hit counted,
 * one page in relevance order, and a snippet from OpenSearch's highlighter (unified, on the
 * text's indexed offsets): one fragment of about {@code snippetLength} characters marked
 * {@code [[like this]]}, or the start of the text when only metadata matched.
 */
final class SearchRunner {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** OpenSearch's elision filter keeps the article in the word's offsets: mark the word alone. */
    private static final Pattern ELIDED = Pattern.compile("\\[\\[((?iu:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’])");

    private final Analyzer analyzer = new CorpusFieldAnalyzer();
    private final ClusterClient client;
    private final int snippetLength;

    /** The corpus index's {@code index.max_result_window} ({@code corpus-index.json}). */
    static final int RESULT_WINDOW = 1_000_000;

    SearchRunner(ClusterClient client, int snippetLength) {
        this.client = client;
        this.snippetLength = Math.max(40, snippetLength);
    }

    SearchResult run(String index, SearchRequest request) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.set("query", translate(request.query()));
        // OpenSearch refuses from + size over index.max_result_window (raised to 1 000 000 in the
        // corpus index): a caller asking for more gets the hits inside the window, the count exact
        int size = Math.max(0, Math.min(request.limit(), RESULT_WINDOW - request.offset()));
        body.put("from", Math.min(request.offset(), RESULT_WINDOW)).put("size", size).put("track_total_hits", true);
        body.putObject("_source").putArray("excludes").add(NewsFields.TEXT).add(DocumentSource.RAW);
        ObjectNode text = body.putObject("highlight").putObject("fields").putObject(NewsFields.TEXT);
        text.put("type", "unified").put("fragment_size", snippetLength).put("number_of_fragments", 1)
                .put("no_match_size", snippetLength);
        text.putArray("pre_tags").add("[[");
        text.putArray("post_tags").add("]]");
        JsonNode found = client.ok(client.json("POST", index + "/_search", body), "search '" + request.query() + "'");
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : found.path("hits").path("hits")) {
            JsonNode fragment = hit.path("highlight").path(NewsFields.TEXT).path(0);
            hits.add(new SearchHit(DocumentSource.summary(hit.path("_source")), (float) hit.path("_score").asDouble(),
                    line(fragment.asText(""))));
        }
        return new SearchResult(found.path("hits").path("total").path("value").asLong(), hits);
    }

    private ObjectNode translate(String query) {
        Query parsed;
        try {
            parsed = NewsQueryParser.parse(query, analyzer);
            return QueryTranslator.translate(parsed);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new CorpusException("cannot run query '" + query
                    + "': it matches too many different words; make the prefix or fuzzy term longer", e);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(e.getMessage().startsWith("cannot parse") ? e.getMessage()
                    : "cannot run query '" + query + "': " + e.getMessage(), e);
        }
    }

    /** One line; a fragment longer than asked (a long sentence) is cut at the last space in the window. */
    private String line(String fragment) {
        String line = ELIDED.matcher(WHITE_SPACE.matcher(fragment).replaceAll(" ").strip()).replaceAll("$1[[");
        int visible = 0;
        int lastSpace = -1;
        boolean marked = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("[[", i) || line.startsWith("]]", i)) {
                marked = line.charAt(i) == '[';
                i++;
            } else if (++visible > snippetLength && lastSpace > 0) {
                return line.substring(0, lastSpace) + "…";
            } else if (line.charAt(i) == ' ' && !marked) {
                lastSpace = i;
            }
        }
        return line;
    }
}
