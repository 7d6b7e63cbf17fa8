package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article histories come out the same whether the walk compares every version as it meets it,
 * learns first, or starts from what an earlier process left in the cache file, and whatever
 * became of that file.
 */
class ArticleHistoryTest {
    @TempDir
    Path dir;

    private Path drafts;
    private Path cache;

    /** The sample history, then edits on two branches joined by a merge, a note and a new article. */
    @BeforeEach
    void history() throws Exception {
        drafts = DraftTesting.sampleRepository(dir);
        cache = dir.resolve(".kodeks");
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            DraftTesting.edit(drafts, Language.RUS, "не реже одного раза в квартал", "не реже одного раза в месяц");
            repo.commit("Сессии чаще", DraftTesting.ALICE);
            repo.branch("bek", true);
            DraftTesting.edit(drafts, Language.RUS, "один раз в три года", "один раз в пять лет");
            repo.commit("Аттестация реже", DraftTesting.BEK);
            DraftTesting.edit(drafts, Language.RUS, "в течение десяти дней", "в течение семи дней");
            repo.commit("Публикация быстрее", DraftTesting.BEK);
            repo.branch("main", true);
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на три года");
            repo.commit("Срок три года", DraftTesting.ALICE);
            assertEquals(
                    MergeReport.MERGED,
                    DraftMerge.merge(repo, "bek", DraftTesting.ALICE).status());
            DraftTesting.edit(
                    drafts,
                    Language.RUS,
                    "### Статья 12. Депутат местного кенеша\n",
                    "### Статья 12. Депутат местного кенеша\n<!-- source: /akn/kg/act/law/2011-07-15/101/rus#art_18 -->\n");
            repo.commit("Источник", DraftTesting.ALICE);
            DraftTesting.edit(
                    drafts,
                    Language.RUS,
                    "### Статья 13.",
                    "### Статья 12-1. Помощник депутата\n\n1. Депутат вправе иметь помощника.\n\n### Статья 13.");
            repo.commit("Помощник депутата", DraftTesting.BEK);
            DraftTesting.edit(drafts, Language.RUS, "питьевой водой", "чистой питьевой водой");
            repo.commit("Вода", DraftTesting.ALICE);
            // A version that does not read (committed past the check, as command-line Git could):
            // article 5 rewritten in other words, then the front matter mended.
            String text = Files.readString(drafts.resolve("code.rus.md"));
            String list = text.substring(text.indexOf("К вопросам местного значения"), text.indexOf("### Статья 6."));
            DraftTesting.edit(drafts, Language.RUS, list, "Айылный аймак сам решает свои дела.\n\n");
            DraftTesting.edit(drafts, Language.RUS, "lang: rus", "lang: kir");
            repo.commitFiles("Сломанная версия", DraftTesting.BEK);
            DraftTesting.edit(drafts, Language.RUS, "lang: kir", "lang: rus");
            repo.commit("Исправлено", DraftTesting.BEK);
        }
    }

    @Test
    void everyArticleHasTheSameHistoryWithAndWithoutWhatWasLearnt() throws Exception {
        Map<String, List<HistoryEntry>> plain = histories(Mode.PLAIN);
        assertEquals(plain, histories(Mode.LEARN_FIRST));
        assertTrue(Files.isRegularFile(cache.resolve(HistoryCache.FILE)));
        assertEquals(plain, histories(Mode.LEARN_FIRST), "started from the file an earlier process left");
        List<HistoryEntry> publication = plain.get("rus 10");
        assertEquals(
                List.of(Change.MODIFIED, Change.MODIFIED, Change.RENUMBERED, Change.ADDED),
                publication.stream().map(HistoryEntry::kind).toList(),
                "through the merge (first parent) and the renumbering: " + publication);
        assertEquals(List.of(Change.ADDED), kinds(plain.get("rus 12-1")));
        assertTrue(
                plain.get("rus 5").stream().noneMatch(e -> e.commit().message().equals("Сломанная версия")),
                "a version that does not read is looked past");
    }

    @Test
    void theNextProcessStartsFromTheFile() throws Exception {
        try (DraftRepository repo = DraftRepository.open(drafts, cache)) {
            ArticleHistory.follow(repo, "10", Language.RUS);
        }
        try (DraftRepository repo = DraftRepository.open(drafts, cache)) {
            // The commit that added article 12-1, three before HEAD.
            ObjectId head = repo.blob(repo.commit("HEAD~3"), Draft.fileName(Language.RUS));
            ObjectId parent = repo.blob(repo.commit("HEAD~4"), Draft.fileName(Language.RUS));
            ArticleChanges changes = repo.history().changed(Language.RUS, head, parent);
            assertEquals(java.util.Set.of("12-1"), changes.numbers());
            assertNull(changes.before("12-1", null), "the article is new");
            assertNotNull(repo.history().link(repo.head()));
        }
    }

    @Test
    void aDeletedCacheFileIsWrittenAgain() throws Exception {
        Map<String, List<HistoryEntry>> plain = histories(Mode.PLAIN, SOME);
        histories(Mode.LEARN_FIRST, SOME);
        Files.delete(cache.resolve(HistoryCache.FILE));
        assertEquals(plain, histories(Mode.LEARN_FIRST, SOME));
        assertTrue(Files.isRegularFile(cache.resolve(HistoryCache.FILE)));
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndReplaced() throws Exception {
        Map<String, List<HistoryEntry>> plain = histories(Mode.PLAIN, SOME);
        histories(Mode.LEARN_FIRST, SOME);
        Path file = cache.resolve(HistoryCache.FILE);
        byte[] good = Files.readAllBytes(file);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2));
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x20;
        damaged.add(flipped);
        damaged.add("not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        damaged.add(new byte[0]);
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            assertNull(new HistoryCache(file).link(ObjectId.zeroId()));
            assertEquals(plain, histories(Mode.LEARN_FIRST, SOME));
            try (DraftRepository repo = DraftRepository.open(drafts, cache)) {
                assertNotNull(repo.history().link(repo.head()), "the file was written again whole");
            }
        }
    }

    @Test
    void aRepositoryWithoutACacheFolderWritesNothing() throws Exception {
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            assertFalse(ArticleHistory.follow(repo, "10", Language.RUS).isEmpty());
        }
        assertFalse(Files.exists(cache));
    }

    /** Articles whose histories pass the merge, the renumbering, the note, or start late. */
    private static final List<String> SOME = List.of("10", "8", "12", "12-1", "5");

    private enum Mode {
        /** Nothing learnt before, every pair compared as the walk meets it. */
        PLAIN,
        /** The repository's cache, with its file: every pair compared first, then the walk. */
        LEARN_FIRST
    }

    /** The history of every article at HEAD, in both languages, each walk in a fresh repository object. */
    private Map<String, List<HistoryEntry>> histories(Mode mode) throws Exception {
        return histories(mode, null);
    }

    /** The histories of some articles (all when null) in the languages that have them. */
    private Map<String, List<HistoryEntry>> histories(Mode mode, List<String> only) throws Exception {
        Map<String, List<HistoryEntry>> out = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            List<String> numbers;
            try (DraftRepository repo = DraftRepository.open(drafts)) {
                numbers = repo.read("HEAD").act(language).orElseThrow().articles().stream()
                        .map(Unit::number)
                        .filter(n -> only == null || only.contains(n))
                        .toList();
            }
            for (String number : numbers) {
                try (DraftRepository repo = DraftRepository.open(drafts, cache)) {
                    out.put(
                            language.code() + " " + number,
                            mode == Mode.PLAIN
                                    ? ArticleHistory.follow(repo, number, language, new HistoryCache(), false)
                                    : ArticleHistory.follow(repo, number, language));
                }
            }
        }
        return out;
    }

    private static List<String> kinds(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::kind).toList();
    }
}
