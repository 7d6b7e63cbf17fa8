/**
 * Official documents: a template engine on docx4j that fills the secretariat's own .docx files
 * (plain-text tags, loops over paragraphs and table rows, conditionals, Markdown blocks, dates
 * per language), a template linter, a Markdown to DOCX renderer, one data builder per document
 * kind, and tracked-change redlines. docx4j and flexmark stay inside this package; callers see
 * {@link kg.kodeks.render.Renderer} and plain values. Depends on {@code model}, {@code error} and
 * {@code workspace}.
 */
package kg.kodeks.render;
