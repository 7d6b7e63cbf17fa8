/**
 * Markdown to DOCX: walks the flexmark tree and builds docx4j paragraphs and tables, one small
 * renderer per node kind, with styles only by name from the template (headings, list
 * paragraphs, footnote text) and native Word numbering for parts and points of articles.
 * Internal to {@code render}: callers use {@link kg.kodeks.render.Renderer}.
 */
package kg.kodeks.render.markdown;
