/**
 * Command-line pieces: the {@code tag} command, options shared by commands, exit codes and the handler
 * that turns user mistakes into one-line errors. Commands are thin wrappers over library classes.
 */
package org.stance.cli;
