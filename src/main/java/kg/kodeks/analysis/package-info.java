/**
 * Lucene analyzers for the two languages of the corpus: a Kyrgyz light stemmer of our own
 * ({@link kg.kodeks.analysis.KyrgyzStemmer}), Russian Snowball stemming with a stop list that
 * keeps the words carrying legal meaning, an unstemmed field for exact phrases, language
 * detection of queries, and the field definitions of the index ({@link kg.kodeks.analysis.Schema})
 * with their export for OpenSearch or Solr.
 *
 * <p>Depends on {@code model}; Lucene analysis only. No I/O.
 */
package kg.kodeks.analysis;
