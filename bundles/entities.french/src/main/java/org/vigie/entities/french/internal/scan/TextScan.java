package org.vigie.entities.french.internal.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.lexicon.FrenchLexicon;
import org.vigie.entities.french.internal.text.Token;

/**
 * The state of one extraction: the document's text and tokens, and the candidates found so far.
 * Created per call, so the extractor itself stays stateless and thread-safe.
 */
public final class TextScan {

    public final String text;
    public final List<Token> tokens;
    /** The same tokens, read without the list's bounds check and cast: every rule reads them all. */
    private final Token[] byIndex;
    public final LocalDate published;
    public final FrenchLexicon lexicon;
    public final List<Candidate> candidates = new ArrayList<>();
    /** Per token, the candidates over it. */
    private final List<Candidate>[] covering;

    @SuppressWarnings("unchecked")
    public TextScan(String text, List<Token> tokens, LocalDate published, FrenchLexicon lexicon) {
        this.text = text;
        this.tokens = tokens;
        this.byIndex = tokens.toArray(new Token[0]);
        this.covering = new List[tokens.size()];
        this.published = published;
        this.lexicon = lexicon;
    }

    public int size() {
        return byIndex.length;
    }

    public Token token(int i) {
        return byIndex[i];
    }

    public boolean is(int i, String folded) {
        return i >= 0 && i < byIndex.length && byIndex[i].is(folded);
    }

    public boolean isPunct(int i, char c) {
        return i >= 0 && i < byIndex.length && byIndex[i].kind() == Token.Kind.PUNCT
                && byIndex[i].text().charAt(0) == c;
    }

    /** The text of tokens {@code [start, end)} as written. */
    public String covered(int start, int end) {
        return text.substring(byIndex[start].begin(), byIndex[end - 1].end());
    }

    public Candidate add(Candidate candidate) {
        candidates.add(candidate);
        for (int i = candidate.start; i < candidate.end; i++) {
            if (covering[i] == null) {
                covering[i] = new ArrayList<>(2);
            }
            covering[i].add(candidate);
        }
        return candidate;
    }

    public void remove(Candidate candidate) {
        if (candidates.remove(candidate)) {
            for (int i = candidate.start; i < candidate.end; i++) {
                covering[i].remove(candidate);
            }
        }
    }

    /** Every candidate over token {@code i}. */
    public List<Candidate> coveringAll(int i) {
        List<Candidate> here = i >= 0 && i < covering.length ? covering[i] : null;
        return here == null ? List.of() : here;
    }

    /** The candidate of one of the types covering token {@code i}, the longest first, or null. */
    public Candidate coveringAt(int i, EntityType... types) {
        List<Candidate> here = i >= 0 && i < covering.length ? covering[i] : null;
        if (here == null) {
            return null;
        }
        Candidate best = null;
        for (Candidate c : here) {
            if (matches(c.type, types) && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    /** The candidate of one of the types spanning exactly {@code [start, end)}, or null. */
    public Candidate exactly(int start, int end, EntityType... types) {
        List<Candidate> here = start >= 0 && start < covering.length ? covering[start] : null;
        for (Candidate c : here == null ? List.<Candidate>of() : here) {
            if (c.start == start && c.end == end && matches(c.type, types)) {
                return c;
            }
        }
        return null;
    }

    private static boolean matches(EntityType type, EntityType... types) {
        if (types.length == 0) {
            return true;
        }
        for (EntityType t : types) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }
}
