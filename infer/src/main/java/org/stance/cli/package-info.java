/**
 * Command-line pieces: the {@code tag} and {@code report} commands, options shared by commands, exit codes
 * and the handler that turns user mistakes into one-line errors. Commands are thin wrappers over library
 * classes.
 */
package org.stance.cli;
