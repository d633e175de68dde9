package org.vigie.ioc.internal;

import java.util.List;

/** Finds indicators of some kinds in a text, scanning only the tokens that may hold them. */
interface IndicatorFinder {

    /** Adds what it finds in {@code text} to {@code found}, in any order; overlaps are allowed. */
    void find(String text, Tokens tokens, List<Indicator> found);
}
