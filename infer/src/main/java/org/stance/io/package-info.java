/** Writing outputs safely: every file appears whole or not at all. */
package org.stance.io;
