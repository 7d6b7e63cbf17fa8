/**
 * Drafts of the Code: the draft format (one Markdown file per language, read with flexmark
 * into the shared legal text model, with source annotations naming the corpus norms each unit
 * absorbs), the drafts repository (a plain Git repository driven through JGit), article-level
 * comparison of versions, article history, lint and the coverage ledger against the corpus.
 * flexmark and JGit stay inside this package. Depends on {@code model}, {@code corpus},
 * {@code error} and {@code workspace}.
 */
package kg.kodeks.drafts;
