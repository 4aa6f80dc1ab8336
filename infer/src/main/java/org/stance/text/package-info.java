/** Articles and their sentences: reading article files, cleaning scraped text, sentence splitting and tokenization. */
package org.stance.text;
