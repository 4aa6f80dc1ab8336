/**
 * The HTML report on a directory of tables {@code tag} wrote: share of voice per article and per source,
 * stance by actor, the timeline and the most confident sentences, as plotly.js charts, with the tables.
 * One self-contained file: plotly.js is inlined from its WebJar, nothing is fetched when it opens, and all
 * text from articles is escaped.
 */
package org.stance.report;
