package kg.kodeks.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Lucene's own check of an index folder, for the tests that write to it from several processes. */
final class Indexes {
    private Indexes() {}

    /** True when the folder holds no index yet or an index that CheckIndex finds clean. */
    static boolean clean(Path index) throws Exception {
        if (!Files.isDirectory(index)) {
            return true;
        }
        try (Directory directory = FSDirectory.open(index);
                CheckIndex check = new CheckIndex(directory)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            return check.checkIndex().clean;
        } catch (IndexNotFoundException e) {
            return true;
        }
    }
}
