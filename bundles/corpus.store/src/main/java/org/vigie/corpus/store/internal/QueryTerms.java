package org.vigie.corpus.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The words of a query that a snippet marks in one field: its terms, and the automata of its
 * prefix, wildcard and fuzzy parts. Words under {@code NOT} are left out.
 */
final class QueryTerms {
    private final Set<BytesRef> terms = new HashSet<>();
    private final List<ByteRunAutomaton> automata = new ArrayList<>();

    private QueryTerms() {
    }

    static QueryTerms of(Query query, String field) {
        QueryTerms found = new QueryTerms();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                return field.equals(name);
            }

            @Override
            public void consumeTerms(Query parent, Term... terms) {
                for (Term term : terms) {
                    found.terms.add(term.bytes());
                }
            }

            @Override
            public void consumeTermsMatching(Query parent, String name, Supplier<ByteRunAutomaton> automaton) {
                found.automata.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found;
    }

    boolean isEmpty() {
        return terms.isEmpty() && automata.isEmpty();
    }

    /** The exact terms (analysed words) the query looks for. */
    Set<BytesRef> terms() {
        return terms;
    }

    /** Whether the query also looks for words by prefix, wildcard or fuzzy match. */
    boolean hasAutomata() {
        return !automata.isEmpty();
    }

    /** Whether an analysed word of the text is one the query looks for. */
    boolean matches(BytesRef word) {
        if (terms.contains(word)) {
            return true;
        }
        for (ByteRunAutomaton automaton : automata) {
            if (automaton.run(word.bytes, word.offset, word.length)) {
                return true;
            }
        }
        return false;
    }
}
