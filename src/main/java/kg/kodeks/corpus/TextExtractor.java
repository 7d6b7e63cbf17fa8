package kg.kodeks.corpus;

import java.util.List;
import kg.kodeks.error.KodeksException;

/**
 * Reads one export format (plain text, DOCX, HTML, RTF) into the lines of its text, in reading
 * order. What the lines mean — the act's heading, its units — is decided afterwards by the same
 * rules for every format. An extractor refuses a file it cannot read faithfully rather than
 * guess.
 */
public interface TextExtractor {
    /** The largest file any importer reads; official exports of one act are far smaller. */
    long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /**
     * True when this extractor reads the file.
     *
     * @param fileName the file's name, lower case
     * @param head the first bytes of the file
     */
    boolean accepts(String fileName, byte[] head);

    /**
     * The lines of the text.
     *
     * @param bytes the whole file
     * @param displayName the file as the user named it, for messages
     * @throws KodeksException when the file cannot be read faithfully, saying why
     */
    List<String> lines(byte[] bytes, String displayName) throws KodeksException;

    /** Splits text into lines at any line break. */
    static List<String> splitLines(String text) {
        return List.of(text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1));
    }

    /** True when a file name ends with one of the extensions. */
    static boolean hasExtension(String fileName, String... extensions) {
        for (String extension : extensions) {
            if (fileName.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }
}
