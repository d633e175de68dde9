package org.vigie.ioc.internal;

/**
 * An indicator found in a text, before it becomes an annotation.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param kind what it is
 * @param value the normalised form: refanged, lower-cased where case does not matter
 */
record Indicator(int begin, int end, IndicatorKind kind, String value) {

    int length() {
        return end - begin;
    }
}
