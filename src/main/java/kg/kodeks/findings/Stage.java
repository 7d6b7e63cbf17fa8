package kg.kodeks.findings;

import java.util.List;
import java.util.Locale;

/**
 * The step of a procedure a norm regulates, read from its verb: drafting, submitting, deciding,
 * appointing, publishing or organising. Successive steps are not the same power or the same deadline: «аким
 * вносит предложения» and «Кабинет Министров утверждает» divide one procedure between two bodies,
 * and a report «представляется не позднее 1 апреля» and «утверждается не позднее 1 мая» set two
 * compatible deadlines.
 */
enum Stage {
    DRAFT,
    SUBMIT,
    DECIDE,
    APPOINT,
    PUBLISH,
    ORGANISE,
    NONE;

    // Verb stems (not the nouns «представление», «внесение»: «по представлению главы» names the
    // step of another body); only «утверждение» heads lists of powers («к компетенции относятся:
    // утверждение …»).
    private static final List<String> DRAFT_STEMS =
            List.of("разрабатыва", "подготавлива", "готовит", "иштелип", "иштеп", "даярда");
    private static final List<String> SUBMIT_STEMS =
            List.of("вносит", "вносят", "вносится", "вносятся", "внесен", "представля", "направля", "киргиз", "тапшыр");
    private static final List<String> DECIDE_STEMS =
            List.of("утвержда", "утверждени", "принима", "рассматрива", "бекит", "кабыл");
    private static final List<String> APPOINT_STEMS =
            List.of("назнача", "назначен", "освобожда", "дайында", "шайлан", "бошот");
    private static final List<String> PUBLISH_STEMS =
            List.of("публику", "опубликов", "обнародова", "информиру", "доводит", "жарыяла", "маалымда", "жеткирил");

    private static final List<String> ORGANISE_STEMS = List.of("организу", "уюштур");

    /**
     * The first step named by a verb of the text, or {@link #NONE}. A step that only bounds the
     * norm's own in time names another step: «вынести проект на слушания до его внесения в
     * кенеш», «кеңешке киргизгенге чейин».
     */
    static Stage of(String text) {
        List<Token> tokens = Token.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (timeBound(tokens, i)) {
                continue;
            }
            String w = tokens.get(i).text();
            if (starts(w, DRAFT_STEMS)) {
                return DRAFT;
            }
            if (starts(w, SUBMIT_STEMS)) {
                return SUBMIT;
            }
            if (starts(w, DECIDE_STEMS)) {
                return DECIDE;
            }
            if (starts(w, APPOINT_STEMS)) {
                return APPOINT;
            }
            if (starts(w, PUBLISH_STEMS)) {
                return PUBLISH;
            }
            if (starts(w, ORGANISE_STEMS)) {
                return ORGANISE;
            }
        }
        return NONE;
    }

    private static final java.util.Set<String> BEFORE_AFTER = java.util.Set.of("до", "после");
    private static final java.util.Set<String> KY_BEFORE_AFTER = java.util.Set.of("чейин", "кийин", "мурун");

    private static boolean timeBound(List<Token> tokens, int i) {
        String previous = i >= 1 ? tokens.get(i - 1).text() : "";
        boolean pronoun = previous.equals("его") || previous.equals("ее") || previous.equals("их");
        return BEFORE_AFTER.contains(previous)
                || pronoun && i >= 2 && BEFORE_AFTER.contains(tokens.get(i - 2).text())
                || i + 1 < tokens.size()
                        && KY_BEFORE_AFTER.contains(tokens.get(i + 1).text());
    }

    /** Two norms may regulate the same step: the same one, or one of them names none. */
    static boolean compatible(Stage a, Stage b) {
        return a == NONE || b == NONE || a == b;
    }

    private static boolean starts(String word, List<String> stems) {
        return stems.stream().anyMatch(word::startsWith);
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
