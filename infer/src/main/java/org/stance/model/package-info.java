/**
 * Models that label sentences: the {@link org.stance.model.StanceModel} interface, its two algorithms
 * (a DL4J network and OpenNLP maxent) and the zip bundle they are saved in.
 */
package org.stance.model;
