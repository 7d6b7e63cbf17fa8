/**
 * Review rounds on the draft Code: rounds tied to a draft version, comments from working-group
 * members anchored to units of that version, the drafters' decisions, comment forms in DOCX
 * (written for sending out, read back on return) and the summary of a round.
 *
 * <p>Rounds and comments are readable YAML files under {@code review/} of the drafts
 * repository, committed with the draft, so they travel with it on push and pull. The draft
 * versions are reached through {@link kg.kodeks.review.DraftVersions}, implemented over the
 * {@code drafts} package's repository. Depends on {@code model}, {@code drafts},
 * {@code workspace} and {@code error}; uses JGit only to commit its own files on their own
 * (the drafts repository commits every change), and docx4j only for forms, after
 * {@code SafeDocx} has checked the zip.
 */
package kg.kodeks.review;
