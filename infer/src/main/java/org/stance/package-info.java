/** stance: actor and stance tagging of news text. */
package org.stance;
