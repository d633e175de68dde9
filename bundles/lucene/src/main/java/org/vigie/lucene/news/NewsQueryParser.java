package org.vigie.lucene.news;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's classic syntax over the text and the title (the title counts double), all words
 * required unless {@code OR} says otherwise, and {@code published:} understood as dates: a day
 * ({@code 2025-10-26}), a month ({@code 2025-10}) or a year, alone or as range bounds
 * ({@code published:[2025-10-01 TO 2025-10-31]}, {@code *} for an open end): a
 * {@code LongPoint} range on the epoch day, which a store without Lucene translates back to days.
 */
public final class NewsQueryParser extends MultiFieldQueryParser {

    private NewsQueryParser(Analyzer analyzer) {
        super(new String[] {NewsFields.TEXT, NewsFields.TITLE}, analyzer, Map.of(NewsFields.TITLE, 2f));
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(true);
        // a typo is rarely in the first letter; requiring it keeps fuzzy terms fast on a large corpus
        setFuzzyPrefixLength(1);
    }

    /**
     * Parses a query with the given analyser (a {@link CorpusFieldAnalyzer}).
     *
     * @throws IllegalArgumentException {@code cannot parse query 'x': <reason>}, one line
     */
    public static Query parse(String query, Analyzer analyzer) {
        if (query.isBlank()) {
            throw new IllegalArgumentException("cannot parse query '" + query + "': the query is empty");
        }
        try {
            return new NewsQueryParser(analyzer).parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot parse query '" + query + "': " + reason(e), e);
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!NewsFields.PUBLISHED.equals(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        return LongPoint.newRangeQuery(field, firstDay(queryText).toEpochDay(), lastDay(queryText).toEpochDay());
    }

    /**
     * Prose is indexed stemmed, so a prefix is stemmed too: {@code cryptomonnaie*} must match the
     * stem {@code cryptomonnai} of {@code cryptomonnaies}. Exact-value fields keep the prefix.
     */
    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (field == null || !NewsFields.isProse(field)) {
            return super.getPrefixQuery(field, termStr);
        }
        String stem = stem(field, termStr);
        return super.getPrefixQuery(field, stem.isEmpty() ? termStr : stem);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (!NewsFields.PUBLISHED.equals(field)) {
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
        long lower = part1 == null ? Long.MIN_VALUE
                : startInclusive ? firstDay(part1).toEpochDay() : lastDay(part1).toEpochDay() + 1;
        long upper = part2 == null ? Long.MAX_VALUE
                : endInclusive ? lastDay(part2).toEpochDay() : firstDay(part2).toEpochDay() - 1;
        return LongPoint.newRangeQuery(field, lower, upper);
    }

    private static LocalDate firstDay(String text) throws ParseException {
        try {
            return switch (text.length()) {
                case 4 -> Year.parse(text).atDay(1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeParseException e) {
            throw new ParseException("published expects a date like 2025-10-31, 2025-10 or 2025, not '" + text + "'");
        }
    }

    private static LocalDate lastDay(String text) throws ParseException {
        LocalDate first = firstDay(text);
        return switch (text.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
    }

    /** The prefix as the analyser indexes it: folded and stemmed, when it is one word. */
    private String stem(String field, String prefix) {
        BytesRef stemmed;
        try {
            Query analysed = createBooleanQuery(field, prefix);
            stemmed = analysed instanceof TermQuery term ? term.getTerm().bytes() : null;
        } catch (RuntimeException e) {
            return prefix;
        }
        return stemmed == null || stemmed.length > prefix.length() ? prefix.toLowerCase(getLocale()) : stemmed.utf8ToString();
    }

    /** The parser's own message without its echo of the query and its list of expected tokens. */
    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
        if (message.startsWith("Cannot parse '")) {
            int end = message.indexOf("': ");
            message = end < 0 ? message : message.substring(end + 3);
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
