package kg.kodeks.analysis;

import org.apache.lucene.analysis.TokenStream;

/** The steps of a stemming analyzer that follow tokenisation and normalisation. */
interface Stemming {
    /** The stemmed tokens of normalised ones (stop words removed, protected words kept). */
    TokenStream stemmed(TokenStream normalized);
}
