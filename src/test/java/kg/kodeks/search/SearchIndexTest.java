package kg.kodeks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.workspace.Workspace;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path root;

    private Path indexDir() {
        return root.resolve(".kodeks/index");
    }

    private IndexReport update() {
        try (SearchIndex index = new SearchIndex(indexDir(), root.resolve("corpus"))) {
            return index.update(CorpusReader.read(root.resolve("corpus")), IndexProgress.NONE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void buildsMissingIndexFromScratch() throws Exception {
        SearchFixture.open(root).close();
        IndexReport report = update();
        assertEquals("missing", report.rebuilt());
        assertEquals(3, report.indexedFiles().size());
        // 13 norms and 5 articles.
        assertEquals(18, report.documents());
    }

    @Test
    void leavesUnchangedCorpusAlone() throws Exception {
        SearchFixture.open(root).close();
        update();
        IndexReport again = update();
        assertTrue(again.upToDate());
        assertEquals(3, again.unchangedFiles());
    }

    @Test
    void reindexesOnlyTheChangedFile() throws Exception {
        SearchFixture.open(root).close();
        update();
        Path file = root.resolve("corpus/old-law.rus.md");
        Files.writeString(file, Files.readString(file).replace("раз в четыре года", "раз в пять лет"));
        IndexReport report = update();
        assertNull(report.rebuilt());
        assertEquals(List.of("old-law.rus.md"), report.indexedFiles());
        assertEquals(2, report.unchangedFiles());
        assertEquals(18, report.documents());
        try (Workbench workbench = Workbench.open(new Workspace(root, false))) {
            assertEquals(
                    1, workbench.search().search(SearchRequest.of("пять лет")).total());
            assertEquals(
                    0,
                    workbench.search().search(SearchRequest.of("четыре года")).total());
        }
    }

    @Test
    void dropsDocumentsOfRemovedFile() throws Exception {
        SearchFixture.open(root).close();
        update();
        Files.delete(root.resolve("corpus/old-law.rus.md"));
        IndexReport report = update();
        assertEquals(List.of("old-law.rus.md"), report.removedFiles());
        assertEquals(15, report.documents());
    }

    @Test
    void rebuildsDeletedIndex() throws Exception {
        SearchFixture.open(root).close();
        update();
        deleteTree(indexDir());
        IndexReport report = update();
        assertEquals("missing", report.rebuilt());
        assertEquals(18, report.documents());
    }

    @Test
    void rebuildsDamagedIndex() throws Exception {
        SearchFixture.open(root).close();
        update();
        try (Stream<Path> files = Files.list(indexDir())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(file, "not a Lucene file".getBytes(StandardCharsets.UTF_8));
            }
        }
        IndexReport report = update();
        assertEquals("damaged", report.rebuilt());
        assertEquals(18, report.documents());
    }

    @Test
    void rebuildsIndexOfAnotherSchemaVersion() throws Exception {
        SearchFixture.open(root).close();
        Files.createDirectories(indexDir());
        try (FSDirectory dir = FSDirectory.open(indexDir());
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("kodeks.schema", "0").entrySet());
            writer.commit();
        }
        IndexReport report = update();
        assertEquals("schema", report.rebuilt());
        try (FSDirectory dir = FSDirectory.open(indexDir());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(
                    String.valueOf(kg.kodeks.analysis.Schema.VERSION),
                    reader.getIndexCommit().getUserData().get("kodeks.schema"));
        }
    }

    @Test
    void indexesEmptyCorpusAsEmptyIndex() throws Exception {
        Files.createDirectories(root.resolve("corpus"));
        IndexReport report = update();
        assertEquals(0, report.documents());
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
