package kg.kodeks.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;

/**
 * The empty comment form sent to members: which round and version it is about, the due date,
 * and a table (unit | comment | proposed wording) with one row per article, which members fill
 * in or extend with rows of their own.
 */
final class CommentForm {
    private CommentForm() {}

    static void write(Path out, Round round, Act act) throws IOException {
        boolean ru = round.language() == Language.RUS;
        List<String> paragraphs = List.of(
                ru ? "Форма замечаний к проекту Кодекса" : "Кодекстин долбооруна сын-пикирлердин формасы",
                (ru ? "Этап обсуждения: " : "Талкуулоо этабы: ")
                        + round.id()
                        + (ru ? "; версия проекта: " : "; долбоордун версиясы: ")
                        + round.version(),
                (ru ? "Срок представления: " : "Тапшыруу мөөнөтү: ") + round.due(),
                ru
                        ? "В первой колонке укажите структурную единицу (например, «ст. 12 ч. 2»); "
                                + "одна строка — одно замечание."
                        : "Биринчи тилкеге структуралык бирдикти жазыңыз (мисалы, «12-берене, 2-бөлүк»); "
                                + "бир сап — бир сын-пикир.");
        List<List<DocxTables.Cell>> rows = new ArrayList<>();
        rows.add(List.of(
                DocxTables.Cell.of(ru ? "Структурная единица" : "Структуралык бирдик"),
                DocxTables.Cell.of(ru ? "Замечание" : "Сын-пикир"),
                DocxTables.Cell.of(ru ? "Предлагаемая редакция" : "Сунушталган редакция")));
        for (Unit article : act.articles()) {
            rows.add(List.of(
                    DocxTables.Cell.of(Citations.unitLabel(article, round.language())),
                    DocxTables.Cell.of(""),
                    DocxTables.Cell.of("")));
        }
        DocxTables.write(out, paragraphs, rows);
    }
}
