package kg.kodeks.corpus;

import java.util.Objects;
import kg.kodeks.model.Language;

/**
 * What the user says about the files to import. Each identity field, when given, wins over what
 * is read from the text; {@code id} gives type, date and number at once.
 *
 * @param language the language of the texts (required)
 * @param id a work URI like {@code /akn/kg/act/law/2011-07-15/101}, or null
 * @param title the title, or null
 * @param type law, code, decree or resolution, or null
 * @param number the act's number, or null
 * @param date the adoption date as {@code YYYY-MM-DD}, or null
 * @param source where the text comes from, or null for the file name
 */
public record ImportOptions(
        Language language, String id, String title, String type, String number, String date, String source) {
    public ImportOptions {
        Objects.requireNonNull(language, "language");
    }

    /** Options that only give the language. */
    public static ImportOptions of(Language language) {
        return new ImportOptions(language, null, null, null, null, null, null);
    }
}
