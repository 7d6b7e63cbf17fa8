package kg.kodeks.search;

/**
 * One unit found.
 *
 * @param eid its element id
 * @param act the work URI of its act
 * @param lang {@code kir} or {@code rus}
 * @param citation as a lawyer writes it
 * @param heading section, chapter and article headings
 * @param title the act's title
 * @param status {@code in-force} or {@code repealed}
 * @param date the act's date
 * @param snippet the best passage with matches between {@code <b>} and {@code </b>} (other HTML
 *     escaped)
 * @param score relevance
 * @param parallel the same unit in the other language, or null when that act or unit is missing
 */
public record SearchHit(
        String eid,
        String act,
        String lang,
        String citation,
        String heading,
        String title,
        String status,
        String date,
        String snippet,
        float score,
        Parallel parallel) {

    /** The parallel unit: same element id in the other language version of the act. */
    public record Parallel(String eid, String lang) {}

    /** The unit's address, as {@code kodeks similar} takes it. */
    public String address() {
        return act + "/" + lang + "#" + eid;
    }
}
