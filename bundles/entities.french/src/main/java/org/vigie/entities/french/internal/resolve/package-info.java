/**
 * After the rules: overlapping candidates are settled ({@code Overlaps}), then every mention of
 * one thing gets one value ({@code Coreference}, with {@code ContainedNames} and
 * {@code ForeignMinistries}).
 */
package org.vigie.entities.french.internal.resolve;
