package org.stance.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One chart of the report: its heading, a line saying how to read it, and the plotly figure (data, layout). */
record Figure(String id, String title, String caption, ObjectNode plot) {}
