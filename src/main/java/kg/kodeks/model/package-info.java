/**
 * The legal text model shared by the corpus and the drafts: acts, their units, norms, Akoma
 * Ntoso identifiers and citations in Kyrgyz and Russian.
 *
 * <p>Immutable values only; no I/O. Every other package may depend on this one; it depends on
 * nothing of Kodeks.
 */
package kg.kodeks.model;
