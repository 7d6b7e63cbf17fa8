/**
 * The corpus of existing acts: the native Markdown format (YAML front matter plus structure
 * lines) read by {@link kg.kodeks.corpus.ActReader} and written by
 * {@link kg.kodeks.corpus.ActWriter}, the structure parser shared with the drafts, and the
 * importers of official exports. {@link kg.kodeks.corpus.ActImporter} runs an import: one
 * {@link kg.kodeks.corpus.TextExtractor} per format (plain text in UTF-8, UTF-16 or a Cyrillic
 * code page; DOCX; HTML; RTF) gives the lines, then the same cleaning, heading-block and
 * structure rules apply to every format.
 *
 * <p>Depends on {@code model} and {@code error}; docx4j only inside the DOCX extractor. Writes
 * no files: the {@code Workbench} decides where an imported act goes.
 */
package kg.kodeks.corpus;
