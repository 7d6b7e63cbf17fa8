/**
 * Review rounds on the draft Code: rounds tied to a draft version, comments from working-group
 * members anchored to units of that version, the drafters' decisions, comment forms in DOCX
 * (written for sending out, read back on return) and the summary of a round.
 *
 * <p>Rounds and comments are readable YAML files under {@code review/} of the drafts
 * repository, committed with the draft, so they travel with it on push and pull. The draft
 * versions are reached through {@link kg.kodeks.review.DraftVersions}. Depends on
 * {@code model}, {@code corpus} (to read a draft text), {@code workspace}, {@code error},
 * JGit (through the drafts repository) and docx4j (forms only, after the zip has been checked).
 */
package kg.kodeks.review;
