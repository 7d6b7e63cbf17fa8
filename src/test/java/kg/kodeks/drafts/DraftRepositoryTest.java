package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void sampleHistoryHasThreeTaggedVersionsByRealPeople() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            List<CommitInfo> log = repo.log(0);
            assertEquals(3, log.size());
            assertEquals(List.of("v3-after-meeting"), log.get(0).tags());
            assertEquals(List.of("v2-iwg"), log.get(1).tags());
            assertEquals(List.of("v1-concept"), log.get(2).tags());
            assertEquals("2026-02-10T10:15+06:00", log.get(2).date());
            assertTrue(log.stream().map(CommitInfo::author).distinct().count() >= 3);
        }
        assertFalse(Files.exists(drafts.resolve("history")), "earlier versions live in the history only");
        assertEquals(
                Files.readString(DraftTesting.sampleDrafts().resolve("code.rus.md")),
                Files.readString(drafts.resolve("code.rus.md")));
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void sampleHistoryDiffsWithRenumberedMovedAddedAndRemovedArticles() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            for (Language language : Language.values()) {
                var older = repo.read("v1-concept").act(language).orElseThrow();
                var newer = repo.read("v3-after-meeting").act(language).orElseThrow();
                List<Change> changes = VersionDiff.compare(older, newer);
                Change kenesh = changes.stream()
                        .filter(c -> "9".equals(c.oldNumber()) && c.unit().equals(Change.ARTICLE))
                        .findFirst()
                        .orElseThrow();
                assertEquals(Change.RENUMBERED, kenesh.kind(), language + " " + kenesh);
                assertEquals("8", kenesh.number());
                Change presidium = changes.stream()
                        .filter(c -> "12".equals(c.oldNumber()) && c.unit().equals(Change.ARTICLE))
                        .findFirst()
                        .orElseThrow();
                assertEquals(Change.RENUMBERED, presidium.kind());
                assertFalse(presidium.textChanged(), "same content, new number");
                assertEquals(1, count(changes, Change.ADDED, Change.ARTICLE), language + " " + changes);
                assertEquals(1, count(changes, Change.REMOVED, Change.ARTICLE));
                assertEquals(6, count(changes, Change.MOVED, Change.ARTICLE));
                assertTrue(count(changes, Change.MODIFIED, Change.ARTICLE) >= 2);
                assertEquals(1, count(changes, Change.ADDED, Change.CHAPTER));
            }
        }
    }

    private static long count(List<Change> changes, String kind, String unit) {
        return changes.stream()
                .filter(c -> c.kind().equals(kind) && c.unit().equals(unit))
                .count();
    }

    @Test
    void commitsLogsAndFollowsAnArticleThroughRenumbering() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            DraftTesting.edit(
                    drafts,
                    Language.RUS,
                    "созываются не реже одного раза в квартал",
                    "созываются не реже одного раза в два месяца");
            CommitInfo commit = repo.commit("Сессии чаще", DraftTesting.ALICE);
            assertEquals("Алия Тестова", repo.log(1).get(0).author());
            assertEquals(commit.id(), repo.log(0).get(0).id());
            List<HistoryEntry> history = ArticleHistory.follow(repo, "art_10", Language.RUS);
            assertEquals(
                    List.of(Change.MODIFIED, Change.RENUMBERED, Change.ADDED),
                    history.stream().map(HistoryEntry::kind).toList());
            assertEquals("11", history.get(1).oldNumber());
            assertEquals("10", history.get(1).number());
            assertTrue(
                    history.get(0).words().contains(new WordOp("+", "два месяца.")),
                    history.get(0).words().toString());
            assertEquals(List.of("v1-concept"), history.get(2).commit().tags());
            KodeksException nothing =
                    assertThrows(KodeksException.class, () -> repo.commit("again", DraftTesting.ALICE));
            assertEquals("commit.nothing", nothing.key());
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void aCommitTakesInNewChangedAndDeletedFiles() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            Files.delete(drafts.resolve(Draft.fileName(Language.KIR)));
            DraftTesting.edit(drafts, Language.RUS, "в квартал", "в два месяца");
            Files.writeString(drafts.resolve("notes.txt"), "заметки");
            repo.commit("Без киргизского файла", DraftTesting.ALICE);
            assertTrue(repo.read("HEAD").file(Language.KIR).isEmpty());
            assertTrue(repo.markdown("HEAD", Language.RUS).contains("в два месяца"));
            assertTrue(repo.changedFiles().isEmpty(), repo.changedFiles().toString());
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void writesAreForcedToDiskEvenAfterTheConfigurationFileChanged() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            repo.log(1);
            // As «git config» by hand would: JGit then reloads the file and forgets what was set in memory.
            Path config = drafts.resolve(".git/config");
            Files.writeString(config, Files.readString(config) + "[user]\n\tname = Бек Тестов\n");
            assertTrue(config.toFile().setLastModified(System.currentTimeMillis() + 5000));
            DraftTesting.edit(drafts, Language.RUS, "в квартал", "в месяц");
            repo.commit("Сессии", DraftTesting.ALICE);
            var settings = repo.repository().getConfig();
            assertEquals("Бек Тестов", settings.getString("user", null, "name"), "the file was read again");
            assertTrue(settings.getBoolean("core", null, "fsyncObjectFiles", false));
            assertTrue(settings.getBoolean("core", null, "fsyncRefFiles", false));
            assertEquals(1, settings.getInt("core", null, "compression", -1), "loose objects as Git compresses them");
            assertFalse(Files.readString(config).toLowerCase().contains("fsyncobjectfiles"), "set in memory only");
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void refusesToCommitADraftThatDoesNotRead() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            DraftTesting.edit(drafts, Language.RUS, "lang: rus", "lang: kir");
            KodeksException e = assertThrows(KodeksException.class, () -> repo.commit("broken", DraftTesting.ALICE));
            assertEquals("commit.invalid", e.key());
            assertTrue(e.getMessage().contains("code.rus.md:"), e.getMessage());
            assertEquals(3, repo.log(0).size());
        }
    }

    @Test
    void reportsAStaleLockWithTheWayToClearIt() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        Path lock = drafts.resolve(".git/index.lock");
        Files.writeString(lock, "left by a crashed process");
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на четыре года");
            KodeksException e = assertThrows(KodeksException.class, () -> repo.commit("blocked", DraftTesting.ALICE));
            assertEquals("repo.locked", e.key());
            assertTrue(e.getMessage().contains(".git/index.lock"), e.getMessage());
            assertTrue(e.getMessage().contains("delete " + lock.toAbsolutePath()), e.getMessage());
            assertTrue(Files.readString(drafts.resolve("code.rus.md")).contains("на четыре года"), "the edit is kept");
            Files.delete(lock);
            repo.commit("after clearing the lock", DraftTesting.ALICE);
            assertEquals(4, repo.log(0).size());
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void twoCommittersAtOnceOneWinsTheOtherIsToldAndNothingIsLost() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        int rounds = 8;
        int wins = 0;
        for (int round = 0; round < rounds; round++) {
            DraftTesting.edit(
                    drafts,
                    Language.RUS,
                    round == 0 ? "на пять лет" : "(раунд " + (round - 1) + ")",
                    round == 0 ? "на пять лет (раунд 0)" : "(раунд " + round + ")");
            CyclicBarrier start = new CyclicBarrier(2);
            List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int who = t;
                Thread thread = new Thread(() -> {
                    try (DraftRepository repo = DraftRepository.open(drafts)) {
                        start.await();
                        outcomes.add(repo.commit("раунд " + who, who == 0 ? DraftTesting.ALICE : DraftTesting.BEK));
                    } catch (KodeksException e) {
                        outcomes.add(e.key());
                    } catch (Exception e) {
                        outcomes.add(e);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long committed =
                    outcomes.stream().filter(o -> o instanceof CommitInfo).count();
            assertEquals(1, committed, "exactly one commit records the change: " + outcomes);
            for (Object o : outcomes) {
                assertTrue(
                        o instanceof CommitInfo
                                || List.of("repo.busy", "repo.locked", "commit.nothing")
                                        .contains(o),
                        "the other is told clearly: " + o);
            }
            wins++;
        }
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            assertEquals(3 + wins, repo.log(0).size());
            assertTrue(repo.changedFiles().isEmpty(), "the working copy is fully committed");
            assertTrue(repo.read("HEAD")
                    .file(Language.RUS)
                    .orElseThrow()
                    .act()
                    .find("art_8__para_1")
                    .orElseThrow()
                    .text()
                    .contains("(раунд " + (rounds - 1) + ")"));
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void mergeOfTheSameArticleOnBothSidesIsReportedPerArticleAndChangesNothing() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            repo.branch("bek", true);
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на шесть лет");
            repo.commit("Срок шесть лет", DraftTesting.BEK);
            repo.branch("main", true);
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на три года");
            DraftTesting.edit(drafts, Language.RUS, "в течение десяти дней", "в течение семи дней");
            CommitInfo ours = repo.commit("Срок три года", DraftTesting.ALICE);
            MergeReport report = DraftMerge.merge(repo, "bek", DraftTesting.ALICE);
            assertEquals(MergeReport.CONFLICTING, report.status());
            assertEquals(1, report.conflicts().size(), report.conflicts().toString());
            MergeReport.Conflict conflict = report.conflicts().get(0);
            assertEquals("rus", conflict.lang());
            assertEquals("8", conflict.number());
            assertEquals("Местный кенеш", conflict.heading());
            assertEquals(ours.id(), repo.log(1).get(0).id(), "HEAD did not move");
            assertTrue(repo.changedFiles().isEmpty(), "no conflict markers left behind");
            assertFalse(Files.readString(drafts.resolve("code.rus.md")).contains("<<<<<<<"));
            assertEquals(
                    org.eclipse.jgit.lib.RepositoryState.SAFE, repo.repository().getRepositoryState());
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void mergesChangesToDifferentArticles() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            repo.branch("bek", true);
            DraftTesting.edit(drafts, Language.RUS, "один раз в три года", "один раз в пять лет");
            repo.commit("Аттестация реже", DraftTesting.BEK);
            repo.branch("main", true);
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на три года");
            repo.commit("Срок три года", DraftTesting.ALICE);
            MergeReport report = DraftMerge.merge(repo, "bek", DraftTesting.ALICE);
            assertEquals(MergeReport.MERGED, report.status());
            String text = Files.readString(drafts.resolve("code.rus.md"));
            assertTrue(text.contains("один раз в пять лет") && text.contains("на три года"));
            assertEquals(2, repo.commit("HEAD").getParentCount());
        }
        DraftTesting.assertFsckClean(drafts);
    }

    @Test
    void blameNamesWhoLastChangedEachLineOfAnArticle() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            DraftTesting.edit(drafts, Language.RUS, "на пять лет", "на шесть лет");
            repo.commit("Срок", DraftTesting.ALICE);
            List<BlameLine> lines = DraftBlame.blame(repo, "8", Language.RUS);
            assertTrue(lines.get(0).text().contains("Статья 8. Местный кенеш"));
            assertEquals("Нургуль Абдыкадырова", lines.get(0).author(), "the heading was renumbered after the meeting");
            assertEquals(
                    "Айгуль Токтосунова",
                    lines.stream()
                            .filter(l -> l.text().contains("подотчетен"))
                            .findFirst()
                            .orElseThrow()
                            .author(),
                    "this part dates from the concept");
            BlameLine changed = lines.stream()
                    .filter(l -> l.text().contains("шесть лет"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Алия Тестова", changed.author());
            assertTrue(lines.stream().noneMatch(l -> l.text().contains("Статья 9.")), "stops at the next article");
            assertThrows(KodeksException.class, () -> DraftBlame.blame(repo, "art_99", Language.RUS));
        }
    }

    @Test
    void refusesUnknownRevisions() throws Exception {
        Path drafts = DraftTesting.sampleRepository(dir);
        try (DraftRepository repo = DraftRepository.open(drafts)) {
            assertEquals(
                    "rev.unknown",
                    assertThrows(KodeksException.class, () -> repo.read("v9-none"))
                            .key());
            assertEquals(
                    "tag.exists",
                    assertThrows(KodeksException.class, () -> repo.tag("v2-iwg", "HEAD", DraftTesting.ALICE))
                            .key());
        }
    }
}
