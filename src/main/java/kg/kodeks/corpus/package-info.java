/**
 * The corpus of existing acts: the native Markdown format (YAML front matter plus structure
 * lines), the structure parser shared with the drafts, and the importers of official exports
 * (plain text in UTF-8 or Windows-1251, DOCX, HTML, RTF).
 *
 * <p>Depends on {@code model} and {@code error}; docx4j only inside the DOCX importer.
 */
package kg.kodeks.corpus;
