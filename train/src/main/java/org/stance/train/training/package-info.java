/** Training: the {@link org.stance.train.training.Trainer} interface, its two algorithms and their options. */
package org.stance.train.training;
