/**
 * The state of one extraction ({@code TextScan}: the text, its tokens) and the mentions the rules
 * propose on it ({@code Candidate}).
 */
package org.vigie.entities.french.internal.scan;
