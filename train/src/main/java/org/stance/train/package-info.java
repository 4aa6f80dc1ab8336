/** Training and evaluation of stance models, and the full {@code stance} command line. */
package org.stance.train;
