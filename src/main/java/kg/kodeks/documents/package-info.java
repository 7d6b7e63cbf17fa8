/**
 * Official documents made from the workspace's work: the draft's versions, review rounds and
 * findings become the data the rendering feature fills its templates with. Depends on
 * {@code render}, {@code drafts}, {@code review}, {@code findings} and {@code model}; no library
 * types of its own.
 */
package kg.kodeks.documents;
