/**
 * The workspace folder and its layout ({@code corpus/}, {@code templates/}, {@code drafts/},
 * {@code documents/}, {@code out/}, {@code .kodeks/}), how a new one is made from the bundled
 * sample, and atomic writes for every file Kodeks produces. Depends on {@code error} only.
 */
package kg.kodeks.workspace;
