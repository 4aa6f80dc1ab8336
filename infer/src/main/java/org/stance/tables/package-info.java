/**
 * The tables tagging produces, as Tablesaw tables: one row per sentence, one per article, label counts
 * over all input (actor x stance for the Idlib model), per source and per day and week, written as CSV or
 * JSON while articles stream by.
 */
package org.stance.tables;
