/**
 * One data builder per document kind: checks the data a document needs (naming the file and
 * the missing field) and adds what is computed from it — counts, periods, numbering. The data
 * is plain maps and lists read from YAML, so later features (drafts, review, findings) can hand
 * in the same shapes.
 */
package kg.kodeks.render.kinds;
