/**
 * The full-text index of the corpus and the search over it: one Lucene document per norm and
 * per article ({@link kg.kodeks.search.DocumentFactory}), kept in the workspace's
 * {@code .kodeks/index}, updated incrementally by file content hash and rebuilt by itself when
 * missing, damaged or of an older schema ({@link kg.kodeks.search.SearchIndex}); queries in plain
 * words or Lucene syntax with filters, highlighted snippets, the parallel unit in the other
 * language, and similar norms ({@link kg.kodeks.search.SearchService}); a synthetic corpus and a
 * benchmark against plain Lucene ({@link kg.kodeks.search.SearchBenchmark}).
 *
 * <p>Depends on {@code model}, {@code corpus}, {@code analysis}, {@code error}, {@code workspace} (the
 * write lock); Lucene.
 */
package kg.kodeks.search;
