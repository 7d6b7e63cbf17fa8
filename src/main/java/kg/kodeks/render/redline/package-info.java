/**
 * Redlines: two versions of the Code's Markdown rendered as one document with Word tracked
 * changes — paragraphs aligned by a diff of their text, words inside changed paragraphs, whole
 * paragraphs inserted or deleted (with their paragraph marks), each change carrying an author
 * and a date. Internal to {@code render}.
 */
package kg.kodeks.render.redline;
