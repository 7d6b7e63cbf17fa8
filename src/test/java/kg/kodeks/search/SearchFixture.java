package kg.kodeks.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;

/** A temporary workspace holding the small search corpus of src/test/resources/search/corpus. */
final class SearchFixture {
    static final List<String> FILES = List.of("councils.rus.md", "councils.kir.md", "old-law.rus.md");
    static final String COUNCILS = "/akn/kg/act/law/2015-03-10/7";
    static final String OLD_LAW = "/akn/kg/act/law/2008-01-20/3";

    private SearchFixture() {}

    static Workbench open(Path root) throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        for (String file : FILES) {
            try (InputStream in = SearchFixture.class.getResourceAsStream("/search/corpus/" + file)) {
                Files.copy(in, corpus.resolve(file));
            }
        }
        return Workbench.open(new Workspace(root, false));
    }
}
