package org.vigie.entities.api;

/**
 * A half-open character range {@code [begin, end)} over a document's text.
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The covered text. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }
}
