/** The {@code stance} command line: {@code train}, {@code evaluate}, and {@code tag} from stance-infer. */
package org.stance.train.cli;
