/**
 * Findings: duplicate norms (MinHash signatures with LSH banding, verified by exact Jaccard and
 * containment, grouped into clusters), conflicting norms (different numbers, modality or body for
 * the same rule), dangling references (missing or repealed units, repealed acts) and differences
 * between the Kyrgyz and Russian versions of one act; and the experts' decisions on them, kept
 * in the workspace's drafts folder. Depends on {@code model}, {@code analysis}, {@code error} and
 * {@code workspace}; never on {@code cli} or {@code web}.
 */
package kg.kodeks.findings;
