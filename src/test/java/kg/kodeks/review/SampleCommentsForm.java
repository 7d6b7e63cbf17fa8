package kg.kodeks.review;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.review.DocxTables.Cell;
import kg.kodeks.review.DocxTables.Merge;

/**
 * Writes {@code documents/review/sample-comments.docx}, the sample comment form of the bundled
 * workspace: a member's returned form on version v2-iwg of the sample draft, in Russian and
 * Kyrgyz citation styles, with one merged unit cell and two rows that cannot be placed.
 * Run by hand when the sample changes: {@code java -cp … kg.kodeks.review.SampleCommentsForm DIR}.
 */
final class SampleCommentsForm {
    private SampleCommentsForm() {}

    static List<List<Cell>> rows() {
        return List.of(
                List.of(
                        Cell.of("Структурная единица / Структуралык бирдик"),
                        Cell.of("Замечание / Сын-пикир"),
                        Cell.of("Предлагаемая редакция / Сунушталган редакция")),
                List.of(
                        Cell.of("ст. 8 ч. 1"),
                        Cell.of("Межмуниципальное сотрудничество лучше урегулировать отдельной главой."),
                        Cell.of("")),
                List.of(
                        Cell.of("статья 9, часть 2"),
                        Cell.of("Следует указать форму подотчётности: ежегодный отчёт на сессии."),
                        Cell.of("Местный кенеш ежегодно отчитывается перед местным сообществом.")),
                List.of(
                        Cell.of("15-берене, 1-бөлүк"),
                        Cell.of("Мэриянын ыйгарым укуктарын өзүнчө көрсөтүү керек."),
                        Cell.of("")),
                List.of(
                        Cell.of("16-беренесинин 2-бөлүгү"),
                        Cell.of("Айыл өкмөтүнүн башчысынын отчеттуулугун кошуу сунушталат."),
                        Cell.of("")),
                List.of(
                        new Cell("ст. 24 ч. 2", 1, Merge.RESTART),
                        Cell.of("Срок проведения бюджетных слушаний не указан."),
                        Cell.of("")),
                List.of(
                        new Cell("", 1, Merge.CONTINUE),
                        Cell.of("Нужно предусмотреть публикацию итогов слушаний."),
                        Cell.of("Итоги бюджетных слушаний публикуются в течение десяти дней.")),
                List.of(
                        Cell.of("30-берене, 2-бөлүк"),
                        Cell.of("Чогулуштун чечимдерин каттоо тартибин тактоо керек."),
                        Cell.of("")),
                List.of(
                        Cell.of("статья 2, пункт 3"),
                        Cell.of("Определение дублирует статью 9; предлагаем сослаться на неё."),
                        Cell.of("")),
                List.of(
                        Cell.of("ст. 5"),
                        Cell.of("Перечень вопросов местного значения неполон: нет благоустройства."),
                        Cell.of("")),
                List.of(
                        Cell.of("31-берене"),
                        Cell.of("Угуулардын натыйжалары милдеттүү түрдө жарыяланышы керек."),
                        Cell.of("")),
                List.of(Cell.of("Общие замечания"), Cell.of("Терминология проекта в целом неоднородна."), Cell.of("")),
                List.of(Cell.of("ст. 40"), Cell.of("Переходные положения следует дополнить."), Cell.of("")));
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).resolve("documents/review/sample-comments.docx");
        DocxTables.write(
                target,
                List.of(
                        "ОБРАЗЕЦ / ҮЛГҮ: учебная форма замечаний, написанная для Kodeks; не официальный документ.",
                        "Замечания к проекту Кодекса о местном самоуправлении, версия v2-iwg.",
                        "Автор: Сатыбалдиева Г. (образец), Союз местных самоуправлений (образец)."),
                rows());
        System.out.println(target);
    }
}
