/**
 * The speed and cost benchmark: tagging throughput end to end, cold-start time, training time and peak
 * memory, each measured in a fresh JVM exactly as a user runs the command line.
 */
package org.stance.train.bench;
