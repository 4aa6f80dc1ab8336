/** Tagging: articles are split into sentences, featurized in context and labeled by a model, in batches. */
package org.stance.tagging;
