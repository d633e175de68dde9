package org.vigie.corpus.opensearch.internal;

import java.time.LocalDate;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.vigie.lucene.news.NewsFields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the query {@code NewsQueryParser} made into OpenSearch's query DSL. Its terms are already
 * analysed as the index analyses them, so they go as term-level queries; a phrase goes as
 * {@code match_phrase} over its analysed words split on white space; {@code published:} day ranges
 * go back to dates. A query the parser can make but this does not know fails with its kind.
 */
final class QueryTranslator {

    private QueryTranslator() {
    }

    static ObjectNode translate(Query query) {
        return translate(query, 1f);
    }

    private static ObjectNode translate(Query query, float boost) {
        if (query instanceof BoostQuery boosted) {
            return translate(boosted.getQuery(), boost * boosted.getBoost());
        }
        ObjectNode dsl = ClusterClient.JSON.createObjectNode();
        if (query instanceof BooleanQuery bool && matchesNothing(bool)) {
            dsl.putObject("match_none");
        } else if (query instanceof BooleanQuery bool) {
            bool(dsl.putObject("bool"), bool, boost);
        } else if (query instanceof TermQuery term) {
            leaf(dsl, "term", term.getTerm(), boost);
        } else if (query instanceof PrefixQuery prefix) {
            leaf(dsl, "prefix", prefix.getPrefix(), boost);
        } else if (query instanceof WildcardQuery wildcard) {
            leaf(dsl, "wildcard", wildcard.getTerm(), boost);
        } else if (query instanceof RegexpQuery regexp) {
            leaf(dsl, "regexp", regexp.getRegexp(), boost);
        } else if (query instanceof FuzzyQuery fuzzy) {
            leaf(dsl, "fuzzy", fuzzy.getTerm(), boost).put("fuzziness", fuzzy.getMaxEdits())
                    .put("prefix_length", fuzzy.getPrefixLength()).put("transpositions", fuzzy.getTranspositions());
        } else if (query instanceof PhraseQuery phrase) {
            phrase(dsl, phrase, boost);
        } else if (query instanceof PointRangeQuery range && NewsFields.PUBLISHED.equals(range.getField())) {
            days(dsl, range, boost);
        } else if (query instanceof TermRangeQuery range) {
            ObjectNode bounds = dsl.putObject("range").putObject(range.getField()).put("boost", boost);
            if (range.getLowerTerm() != null) {
                bounds.put(range.includesLower() ? "gte" : "gt", range.getLowerTerm().utf8ToString());
            }
            if (range.getUpperTerm() != null) {
                bounds.put(range.includesUpper() ? "lte" : "lt", range.getUpperTerm().utf8ToString());
            }
        } else if (query instanceof MatchAllDocsQuery) {
            dsl.putObject("match_all").put("boost", boost);
        } else if (query instanceof MatchNoDocsQuery) {
            dsl.putObject("match_none");
        } else {
            throw new IllegalArgumentException("a " + query.getClass().getSimpleName() + " (" + query
                    + ") cannot be run on OpenSearch");
        }
        return dsl;
    }

    /** Lucene matches nothing with no clause or only excluding ones; OpenSearch would match all. */
    private static boolean matchesNothing(BooleanQuery bool) {
        return bool.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    private static void bool(ObjectNode bool, BooleanQuery query, float boost) {
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            };
            ArrayNode clauses = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            clauses.add(translate(clause.getQuery(), 1f));
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        bool.put("boost", boost);
    }

    private static ObjectNode leaf(ObjectNode dsl, String kind, Term term, float boost) {
        return dsl.putObject(kind).putObject(term.field()).put("value", term.text()).put("boost", boost);
    }

    private static void phrase(ObjectNode dsl, PhraseQuery phrase, float boost) {
        StringBuilder words = new StringBuilder();
        for (Term term : phrase.getTerms()) {
            words.append(words.length() == 0 ? "" : " ").append(term.text());
        }
        String field = phrase.getTerms().length == 0 ? NewsFields.TEXT : phrase.getTerms()[0].field();
        dsl.putObject("match_phrase").putObject(field).put("query", words.toString())
                .put("analyzer", "whitespace").put("slop", phrase.getSlop()).put("boost", boost);
    }

    private static void days(ObjectNode dsl, PointRangeQuery range, float boost) {
        long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
        long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
        ObjectNode bounds = dsl.putObject("range").putObject(NewsFields.PUBLISHED).put("boost", boost);
        if (lower > LocalDate.MIN.toEpochDay() && lower != Long.MIN_VALUE) {
            bounds.put("gte", LocalDate.ofEpochDay(lower).toString());
        }
        if (upper < LocalDate.MAX.toEpochDay() && upper != Long.MAX_VALUE) {
            bounds.put("lte", LocalDate.ofEpochDay(upper).toString());
        }
    }
}
