/**
 * Kodeks, the workbench for drafting the Code on Local Self-Government of the Kyrgyz Republic.
 * {@link kg.kodeks.Workbench} is the one facade through which the CLI and the web reach every
 * service of a workspace.
 */
package kg.kodeks;
