package org.vigie.ioc.internal;

import java.util.List;

/** Finds indicators of some kinds in a text, in one linear scan per pattern. */
interface IndicatorFinder {

    /** Adds what it finds in {@code text} to {@code found}, in any order; overlaps are allowed. */
    void find(String text, List<Indicator> found);
}
