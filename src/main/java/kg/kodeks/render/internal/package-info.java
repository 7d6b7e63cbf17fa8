/**
 * Machinery of the template engine: run normalisation (so tags split by Word or LibreOffice are
 * seen whole), tag parsing, data scopes and the expansion of loops over inline runs, paragraphs
 * and table rows. Not for use outside {@code render}.
 */
package kg.kodeks.render.internal;
