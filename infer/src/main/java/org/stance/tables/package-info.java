/**
 * The tables tagging produces, as Tablesaw tables: one row per sentence, one per article, and label
 * counts over all input (actor x stance for the Idlib model), written as CSV.
 */
package org.stance.tables;
