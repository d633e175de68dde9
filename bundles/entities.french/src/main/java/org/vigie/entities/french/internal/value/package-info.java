/**
 * Dates and quantities ({@code DateAnnotator}, {@code QuantityAnnotator}): values, not entities,
 * annotated straight from the tokens after the entities are resolved, never settled against them.
 */
package org.vigie.entities.french.internal.value;
