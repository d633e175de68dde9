/**
 * The rules, one family of evidence each ({@code Rule}): each reads a {@code TextScan} and adds
 * candidates to it, in the order {@code FrenchExtractor} lists them; the module README says what
 * each finds.
 */
package org.vigie.entities.french.internal.rule;
