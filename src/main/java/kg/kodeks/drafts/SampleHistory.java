package kg.kodeks.drafts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.AtomicFiles;
import kg.kodeks.workspace.WorkspaceInit;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Builds the sample history of the draft, so a newcomer sees versions and differences at once:
 * the concept version, the version submitted to the interagency working group, and the version
 * after its meeting, each tagged. The texts come from the bundled sample's
 * {@code drafts/history/v1}, {@code drafts/history/v2} and {@code drafts/code.*.md}; the people
 * and dates are the sample's own.
 */
public final class SampleHistory {
    /** The folder of the bundled sample that holds the earlier versions. */
    public static final String HISTORY = "history";

    /** One version of the sample history. */
    record Version(
            String folder,
            String author,
            String email,
            String date,
            String message,
            String tag,
            String tagger,
            String taggerEmail,
            String tagDate,
            String tagMessage) {}

    static final List<Version> VERSIONS = List.of(
            new Version(
                    HISTORY + "/v1",
                    "Айгуль Токтосунова",
                    "a.toktosunova@example.kg",
                    "2026-02-10T10:15:00+06:00",
                    "Концепция проекта Кодекса о местном самоуправлении\n\nСтруктура из семи глав; нормы законов о местном "
                            + "самоуправлении, о финансово-экономических основах и о муниципальной службе сведены по предметам.",
                    "v1-concept",
                    "Айгуль Токтосунова",
                    "a.toktosunova@example.kg",
                    "2026-02-10T10:20:00+06:00",
                    "Концепция проекта (образец)"),
            new Version(
                    HISTORY + "/v2",
                    "Бакыт Осмонов",
                    "b.osmonov@example.kg",
                    "2026-03-27T16:40:00+06:00",
                    "Муниципальная служба выделена в отдельную главу\n\nСтатья о территориальной основе перенесена в главу 1; "
                            + "уточнены требования к поступлению на муниципальную службу.",
                    "v2-iwg",
                    "Секретариат рабочей группы",
                    "secretariat@example.kg",
                    "2026-04-03T09:00:00+06:00",
                    "Редакция, внесенная в межведомственную рабочую группу (образец)"),
            new Version(
                    "",
                    "Нургуль Абдыкадырова",
                    "n.abdykadyrova@example.kg",
                    "2026-05-20T18:05:00+06:00",
                    "Правки по итогам заседания МРГ 15 мая 2026 года\n\nИсключена статья о межмуниципальном сотрудничестве, "
                            + "добавлена статья о выражении недоверия главе айыл окмоту, сокращены сроки опубликования.",
                    "v3-after-meeting",
                    "Нургуль Абдыкадырова",
                    "n.abdykadyrova@example.kg",
                    "2026-05-20T18:10:00+06:00",
                    "Редакция после заседания межведомственной рабочей группы (образец)"));

    private SampleHistory() {}

    /** True when the folder holds the sample draft with its earlier versions. */
    public static boolean available(Path sampleDrafts) {
        for (Version v : VERSIONS) {
            for (Language language : Language.values()) {
                if (!Files.isRegularFile(sampleDrafts.resolve(v.folder()).resolve(Draft.fileName(language)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Makes {@code target} a drafts repository holding the sample history, its working copy at
     * the last version. Files of a draft already in {@code target} that differ from the sample
     * are committed on top, so nothing of the user's is lost.
     */
    public static List<CommitInfo> build(Path sampleDrafts, Path target) throws KodeksException {
        if (!available(sampleDrafts)) {
            throw new KodeksException(DraftReader.BUNDLE, "sample.missing", sampleDrafts.toString());
        }
        List<Map<Language, byte[]>> texts = new ArrayList<>();
        Map<Language, byte[]> existing = new EnumMap<>(Language.class);
        try {
            for (Version v : VERSIONS) {
                Map<Language, byte[]> files = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    files.put(
                            language,
                            Files.readAllBytes(sampleDrafts.resolve(v.folder()).resolve(Draft.fileName(language))));
                }
                texts.add(files);
            }
            for (Language language : Language.values()) {
                Path file = target.resolve(Draft.fileName(language));
                if (Files.isRegularFile(file)) {
                    existing.put(language, Files.readAllBytes(file));
                }
            }
            dropCopiedHistory(sampleDrafts, target);
        } catch (IOException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "repo.read", sampleDrafts.toString(), String.valueOf(e.getMessage()));
        }
        List<CommitInfo> commits = new ArrayList<>();
        try (DraftRepository repo = DraftRepository.create(target)) {
            for (int i = 0; i < VERSIONS.size(); i++) {
                Version v = VERSIONS.get(i);
                write(target, texts.get(i));
                commits.add(repo.commitFiles(v.message(), ident(v.author(), v.email(), v.date())));
                repo.tag(v.tag(), "HEAD", ident(v.tagger(), v.taggerEmail(), v.tagDate()));
            }
            if (differs(existing, texts.get(texts.size() - 1))) {
                write(target, existing);
                commits.add(repo.commitFiles(
                        "Текст проекта, найденный в рабочей папке до создания репозитория",
                        new PersonIdent(repo.repository())));
            }
        }
        return commits;
    }

    private static boolean differs(Map<Language, byte[]> existing, Map<Language, byte[]> last) {
        for (Map.Entry<Language, byte[]> e : existing.entrySet()) {
            if (!Arrays.equals(e.getValue(), last.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the sample's earlier versions is dropped: from now on they live in the history. */
    private static void dropCopiedHistory(Path sampleDrafts, Path target) throws IOException {
        Path copied = target.resolve(HISTORY);
        if (!Files.isDirectory(copied) || Files.isSameFile(copied, sampleDrafts.resolve(HISTORY))) {
            return;
        }
        for (Version v : VERSIONS) {
            for (Language language : Language.values()) {
                Path file = copied.resolve(
                                v.folder().isEmpty() ? "." : v.folder().substring(HISTORY.length() + 1))
                        .resolve(Draft.fileName(language));
                Path original = sampleDrafts.resolve(v.folder()).resolve(Draft.fileName(language));
                if (!v.folder().isEmpty()
                        && Files.isRegularFile(file)
                        && !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(original))) {
                    return; // edited by someone: keep it, it will be committed like any file
                }
            }
        }
        WorkspaceInit.deleteTree(copied);
    }

    private static void write(Path target, Map<Language, byte[]> files) throws KodeksException {
        try {
            for (Map.Entry<Language, byte[]> e : files.entrySet()) {
                AtomicFiles.write(target.resolve(Draft.fileName(e.getKey())), e.getValue());
            }
        } catch (IOException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "repo.write", target.toString(), String.valueOf(e.getMessage()));
        }
    }

    static PersonIdent ident(String name, String email, String date) {
        OffsetDateTime when = OffsetDateTime.parse(date);
        return new PersonIdent(name, email, when.toInstant(), when.getOffset());
    }
}
