package kg.kodeks.render;

import java.nio.file.Path;

/**
 * Writes the shipped templates ({@code templates/<kind>.<lang>.docx}) once; the secretariat
 * edits them afterwards in Word or LibreOffice. Run: {@code TemplateMaker <templates dir>}.
 */
final class TemplateMaker {
    private final boolean ky;

    private TemplateMaker(boolean ky) {
        this.ky = ky;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        for (String lang : new String[] {"rus", "kir"}) {
            TemplateMaker m = new TemplateMaker(lang.equals("kir"));
            m.pressRelease().save(dir.resolve("press-release." + lang + ".docx"));
            m.protocol().save(dir.resolve("protocol." + lang + ".docx"));
            m.plan().save(dir.resolve("plan." + lang + ".docx"));
            m.comparative().save(dir.resolve("comparative-table." + lang + ".docx"));
            m.comments().save(dir.resolve("comments-table." + lang + ".docx"));
            m.commentForm().save(dir.resolve("comment-form." + lang + ".docx"));
            m.findings().save(dir.resolve("findings-report." + lang + ".docx"));
            m.code().save(dir.resolve("code." + lang + ".docx"));
        }
    }

    private String t(String ru, String kyText) {
        return ky ? kyText : ru;
    }

    private String sampleLine() {
        return "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>{{#sample}}</w:t></w:r>"
                + "<w:r><w:rPr><w:i/><w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">{{sample_note}}</w:t></w:r>"
                + "<w:r><w:t>{{/sample}}</w:t></w:r></w:p>";
    }

    private Docx pressRelease() throws Exception {
        String lh = Docx.para("Letterhead", "«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» долбоору")
                + Docx.para(
                        "Letterhead", "Проект «Улучшение услуг на местном уровне» · Public Service Improvement Project")
                + Docx.para(
                        "Letterhead",
                        "Кыргызстан, Бишкек ш., 720044, 7-Линия көчөсү, 65 · Кыргызстан, г. Бишкек, 720044, ул. 7-Линия, 65 · 65, 7 Liniya St., Bishkek 720044, Kyrgyzstan")
                + Docx.para("Letterhead", "Тел. / tel.: +996 312 21 45 72, факс / fax: +996 312 21 45 78");
        return new Docx()
                .header(lh)
                .xml(sampleLine())
                .p("Title", "ПРЕСС-РЕЛИЗ")
                .p("Heading1", "{{title}}")
                .xml(
                        "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">{{place}}, {{period}}</w:t></w:r></w:p>")
                .p(null, "{{>body}}")
                .p(null, "{{#contact}}")
                .xml("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
                        + t("Контакты для СМИ: ", "ЖМК үчүн байланыш: ")
                        + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">{{contact}}</w:t></w:r></w:p>")
                .p(null, "{{/contact}}");
    }

    private Docx protocol() throws Exception {
        return new Docx()
                .xml(sampleLine())
                .p("Title", t("ПРОТОКОЛ № {{number}}", "№ {{number}} ПРОТОКОЛ"))
                .p("Subtitle", "{{meeting}}")
                .p(null, "{{place}}, {{period}}")
                .p(null, t("Председательствовал: {{chair}}", "Төрагалык кылган: {{chair}}"))
                .p(
                        null,
                        t(
                                "Присутствовали ({{participants_count}} чел.):",
                                "Катышкандар ({{participants_count}} адам):"))
                .table(
                        new int[] {700, 3800, 4855},
                        new String[] {"№", t("Фамилия, имя", "Аты-жөнү"), t("Должность, организация", "Кызматы, уюму")},
                        new String[] {
                            "{{#participants}}{{no}}",
                            "{{name}}",
                            "{{position}}{{#position}}, {{/position}}{{organization}}{{/participants}}"
                        })
                .p("Heading2", t("ПОВЕСТКА ДНЯ", "КҮН ТАРТИБИ"))
                .p(null, "{{#agenda}}")
                .p(null, "{{no}}. {{item}}")
                .p(null, "{{/agenda}}")
                .p("Heading2", t("СЛУШАЛИ", "УГУЛДУ"))
                .p(null, "{{>heard}}")
                .p("Heading2", t("РЕШИЛИ", "ЧЕЧИЛДИ"))
                .p(null, "{{>decided}}")
                .p("Heading2", t("ПОРУЧЕНИЯ", "ТАПШЫРМАЛАР"))
                .table(
                        new int[] {700, 4255, 2600, 1800},
                        new String[] {
                            "№", t("Поручение", "Тапшырма"), t("Ответственный", "Жооптуу"), t("Срок", "Мөөнөтү")
                        },
                        new String[] {
                            "{{#assignments}}{{no}}", "{{task}}", "{{responsible}}", "{{deadline}}{{/assignments}}"
                        })
                .p(null, "")
                .p(null, t("Председатель ____________ {{chair}}", "Төрага ____________ {{chair}}"))
                .p(null, t("Секретарь ____________ {{secretary}}", "Катчы ____________ {{secretary}}"));
    }

    private Docx plan() throws Exception {
        return new Docx()
                .landscape()
                .xml(sampleLine())
                .p("Title", t("ПЛАН МЕРОПРИЯТИЙ", "ИШ-ЧАРАЛАРДЫН ПЛАНЫ"))
                .p("Subtitle", "{{title}}")
                .p(null, t("Утверждён: {{period}}", "Бекитилген: {{period}}"))
                .table(
                        new int[] {600, 5400, 2200, 2900, 3470},
                        new String[] {
                            "№",
                            t("Мероприятие", "Иш-чара"),
                            t("Срок", "Мөөнөтү"),
                            t("Ответственные", "Жооптуулар"),
                            t("Ожидаемый результат", "Күтүлгөн натыйжа")
                        },
                        new String[] {
                            "{{#measures}}{{no}}",
                            "{{measure}}",
                            "{{deadline}}",
                            "{{responsible}}",
                            "{{result}}{{/measures}}"
                        });
    }

    private Docx comparative() throws Exception {
        return new Docx()
                .landscape()
                .xml(sampleLine())
                .p("Title", t("СРАВНИТЕЛЬНАЯ ТАБЛИЦА", "САЛЫШТЫРМА ТАБЛИЦА"))
                .p("Subtitle", "{{title}}")
                .p(null, "{{period}}")
                .table(
                        new int[] {2200, 4300, 4300, 3770},
                        new String[] {
                            t("Норма", "Ченем"),
                            t("Действующая редакция", "Колдонуудагы редакция"),
                            t("Редакция проекта", "Долбоордогу редакция"),
                            t("Обоснование", "Негиздеме")
                        },
                        new String[] {"{{#rows}}{{unit}}", "{{current}}", "{{draft}}", "{{reasoning}}{{/rows}}"});
    }

    private Docx comments() throws Exception {
        return new Docx()
                .landscape()
                .xml(sampleLine())
                .p(
                        "Title",
                        t("СВОДНАЯ ТАБЛИЦА ЗАМЕЧАНИЙ И ПРЕДЛОЖЕНИЙ", "СУНУШТАР ЖАНА ПИКИРЛЕР БОЮНЧА ЖЫЙЫНДЫ ТАБЛИЦА"))
                .p("Subtitle", "{{title}}")
                .p(
                        null,
                        t(
                                "Раунд {{round}}, {{period}}. Всего замечаний: {{comments_count}}, принято: {{accepted_count}}, отклонено: {{rejected_count}}.",
                                "{{round}}-айлампа, {{period}}. Бардык пикирлер: {{comments_count}}, кабыл алынды: {{accepted_count}}, четке кагылды: {{rejected_count}}."))
                .table(
                        new int[] {600, 1900, 2600, 4800, 4670},
                        new String[] {
                            "№",
                            t("Норма", "Ченем"),
                            t("Автор", "Автор"),
                            t("Замечание, предложение", "Пикир, сунуш"),
                            t("Позиция разработчиков", "Иштеп чыгуучулардын позициясы")
                        },
                        new String[] {
                            "{{#comments}}{{no}}",
                            "{{unit}}",
                            "{{author}}",
                            "{{text}}",
                            "{{decision}}{{#response}}. {{response}}{{/response}}{{/comments}}"
                        });
    }

    private Docx commentForm() throws Exception {
        return new Docx()
                .landscape()
                .xml(sampleLine())
                .p("Title", t("ФОРМА ДЛЯ ЗАМЕЧАНИЙ И ПРЕДЛОЖЕНИЙ", "ПИКИРЛЕР ЖАНА СУНУШТАР ҮЧҮН ФОРМА"))
                .p("Subtitle", "{{title}}")
                .p(
                        null,
                        t(
                                "Раунд {{round}} от {{period}}. Просим направить замечания до {{deadline}}.",
                                "{{round}}-айлампа, {{period}}. Пикирлерди {{deadline}} чейин жөнөтүүнү суранабыз."))
                .p(
                        null,
                        t(
                                "Участник рабочей группы: ______________________________",
                                "Жумушчу топтун мүчөсү: ______________________________"))
                .table(
                        new int[] {2000, 4000, 4600, 3970},
                        new String[] {
                            t("Норма", "Ченем"),
                            t("Текст проекта", "Долбоордун тексти"),
                            t("Замечание, предложение", "Пикир, сунуш"),
                            t("Обоснование", "Негиздеме")
                        },
                        new String[] {"{{#units}}{{unit}}", "{{text}}", "", "{{/units}}"});
    }

    private Docx findings() throws Exception {
        return new Docx()
                .xml(sampleLine())
                .p(
                        "Title",
                        t(
                                "ОТЧЁТ О ВЫЯВЛЕННЫХ ПРОТИВОРЕЧИЯХ, ПРОБЕЛАХ И НЕДОСТАТКАХ",
                                "АНЫКТАЛГАН КАРАМА-КАРШЫЛЫКТАР, БОШТУКТАР ЖАНА КЕМЧИЛИКТЕР БОЮНЧА ОТЧЕТ"))
                .p("Subtitle", "{{title}}")
                .p(
                        null,
                        t(
                                "{{period}}. Всего выявлено: {{findings_count}}.",
                                "{{period}}. Бардыгы аныкталды: {{findings_count}}."))
                .p(null, "{{^findings}}")
                .p(null, t("Проблем не выявлено.", "Көйгөйлөр табылган жок."))
                .p(null, "{{/findings}}")
                .p(null, "{{#findings}}")
                .p("Heading2", "{{no}}. {{kind}}")
                .p(null, t("Нормы: {{units}}", "Ченемдер: {{units}}"))
                .p(null, "{{description}}")
                .p(null, t("Рекомендация: {{recommendation}}", "Сунуш: {{recommendation}}"))
                .p(null, "{{/findings}}");
    }

    private Docx code() throws Exception {
        return new Docx()
                .footer(Docx.pageNumber())
                .xml("<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>" + t("Проект", "Долбоор")
                        + "</w:t></w:r></w:p>")
                .xml(sampleLine())
                .p("Title", t("КОДЕКС КЫРГЫЗСКОЙ РЕСПУБЛИКИ", "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН КОДЕКСИ"))
                .p("Subtitle", "{{title}}")
                .p(null, t("Редакция от {{period}}", "Редакциясы: {{period}}"))
                .p(null, "{{>toc}}")
                .p(null, "{{>body}}");
    }
}
