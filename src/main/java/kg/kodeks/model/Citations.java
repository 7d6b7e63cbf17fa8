package kg.kodeks.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Citations the way Kyrgyz and Russian lawyers write them. Russian names the innermost unit
 * first, in the nominative, and the enclosing ones after it in the genitive: «часть 2 статьи 12
 * Закона Кыргызской Республики «О местном самоуправлении»». Kyrgyz goes the other way, from the
 * act to the unit, each level in the genitive and the last one possessive: «Жергиликтүү өз
 * алдынча башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамынын 12-беренесинин 2-бөлүгү».
 * Sections and chapters are named only when the unit is not inside an article.
 */
public final class Citations {
    private Citations() {}

    /** The full citation of the unit at the end of the path, with the act. */
    public static String cite(ActMeta act, List<Unit> path) {
        List<Unit> levels = citedLevels(path);
        return act.language() == Language.RUS ? russian(act, levels) : kyrgyz(act, levels);
    }

    /** The citation inside the same act, without the act: «часть 2 статьи 12», «12-беренесинин 2-бөлүгү». */
    public static String local(Language language, List<Unit> path) {
        List<Unit> levels = citedLevels(path);
        if (language == Language.RUS) {
            return russianUnits(levels);
        }
        return kyrgyzUnits(levels, false);
    }

    /**
     * The act as the citation of one of its units names it, in the genitive: «Закона Кыргызской
     * Республики «О местном самоуправлении»», ««…» Кыргыз Республикасынын Мыйзамынын».
     */
    public static String citedAct(ActMeta act) {
        return act.language() == Language.RUS
                ? russianActType(act.type(), true) + " «" + act.title() + "»"
                : "«" + act.title() + "» " + kyrgyzActType(act.type(), true);
    }

    /**
     * The full citation of a unit from its citation inside the act ({@link #local}) and the act
     * as {@link #citedAct} names it: what {@link #cite} gives for the unit.
     */
    public static String cite(Language language, String local, String citedAct) {
        return language == Language.RUS ? local + " " + citedAct : citedAct + " " + local;
    }

    /** The act alone, in the nominative: «Закон Кыргызской Республики «О местном самоуправлении»». */
    public static String actName(ActMeta act) {
        if (act.language() == Language.RUS) {
            return russianActType(act.type(), false) + " «" + act.title() + "»";
        }
        return "«" + act.title() + "» " + kyrgyzActType(act.type(), false);
    }

    /** The label of one unit as in a table of contents: «Статья 12», «12-берене», «Глава 3». */
    public static String unitLabel(Unit unit, Language language) {
        String n = unit.number();
        if (language == Language.RUS) {
            return switch (unit.kind()) {
                case SECTION -> "Раздел " + n;
                case CHAPTER -> "Глава " + n;
                case ARTICLE -> "Статья " + n;
                case PART -> "Часть " + n;
                case POINT -> "Пункт " + n;
                case SUBPOINT -> "Подпункт «" + n + "»";
            };
        }
        return switch (unit.kind()) {
            case SECTION -> n + " бөлүм";
            case CHAPTER -> n + "-глава";
            case ARTICLE -> n + "-берене";
            case PART -> n + "-бөлүк";
            case POINT -> n + "-пункт";
            case SUBPOINT -> "«" + n + "» пунктча";
        };
    }

    private static List<Unit> citedLevels(List<Unit> path) {
        boolean inArticle = path.stream().anyMatch(u -> u.kind() == UnitKind.ARTICLE);
        List<Unit> levels = new ArrayList<>();
        for (Unit unit : path) {
            if (!inArticle || unit.kind().ordinal() >= UnitKind.ARTICLE.ordinal()) {
                levels.add(unit);
            }
        }
        return levels;
    }

    private static String russian(ActMeta act, List<Unit> levels) {
        String units = russianUnits(levels);
        String actPart = russianActType(act.type(), !levels.isEmpty()) + " «" + act.title() + "»";
        return units.isEmpty() ? actPart : units + " " + actPart;
    }

    private static String russianUnits(List<Unit> levels) {
        StringBuilder out = new StringBuilder();
        for (int i = levels.size() - 1; i >= 0; i--) {
            Unit unit = levels.get(i);
            boolean nominative = i == levels.size() - 1;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(russianUnit(unit, nominative));
        }
        return out.toString();
    }

    private static String russianUnit(Unit unit, boolean nominative) {
        String n = unit.number();
        return switch (unit.kind()) {
            case SECTION -> (nominative ? "раздел " : "раздела ") + n;
            case CHAPTER -> (nominative ? "глава " : "главы ") + n;
            case ARTICLE -> (nominative ? "статья " : "статьи ") + n;
            case PART -> (nominative ? "часть " : "части ") + n;
            case POINT -> (nominative ? "пункт " : "пункта ") + n;
            case SUBPOINT -> (nominative ? "подпункт «" : "подпункта «") + n + "»";
        };
    }

    private static String russianActType(String type, boolean genitive) {
        return switch (type) {
            case "code" -> genitive ? "Кодекса Кыргызской Республики" : "Кодекс Кыргызской Республики";
            case "decree" ->
                genitive ? "Указа Президента Кыргызской Республики" : "Указ Президента Кыргызской Республики";
            case "resolution" ->
                genitive
                        ? "постановления Кабинета Министров Кыргызской Республики"
                        : "постановление Кабинета Министров Кыргызской Республики";
            default -> genitive ? "Закона Кыргызской Республики" : "Закон Кыргызской Республики";
        };
    }

    private static String kyrgyz(ActMeta act, List<Unit> levels) {
        String actPart = "«" + act.title() + "» " + kyrgyzActType(act.type(), !levels.isEmpty());
        return levels.isEmpty() ? actPart : actPart + " " + kyrgyzUnits(levels, false);
    }

    private static String kyrgyzUnits(List<Unit> levels, boolean allGenitive) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            boolean genitive = allGenitive || i < levels.size() - 1;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(kyrgyzUnit(levels.get(i), genitive));
        }
        return out.toString();
    }

    private static String kyrgyzUnit(Unit unit, boolean genitive) {
        String n = unit.number();
        return switch (unit.kind()) {
            case SECTION -> n + (genitive ? " бөлүмүнүн" : " бөлүмү");
            case CHAPTER -> n + (genitive ? "-главасынын" : "-главасы");
            case ARTICLE -> n + (genitive ? "-беренесинин" : "-беренеси");
            case PART -> n + (genitive ? "-бөлүгүнүн" : "-бөлүгү");
            case POINT -> n + (genitive ? "-пунктунун" : "-пункту");
            case SUBPOINT -> "«" + n + (genitive ? "» пунктчасынын" : "» пунктчасы");
        };
    }

    private static String kyrgyzActType(String type, boolean genitive) {
        return switch (type) {
            case "code" -> genitive ? "Кыргыз Республикасынын Кодексинин" : "Кыргыз Республикасынын Кодекси";
            case "decree" ->
                genitive
                        ? "Кыргыз Республикасынын Президентинин Жарлыгынын"
                        : "Кыргыз Республикасынын Президентинин Жарлыгы";
            case "resolution" ->
                genitive
                        ? "Кыргыз Республикасынын Министрлер Кабинетинин токтомунун"
                        : "Кыргыз Республикасынын Министрлер Кабинетинин токтому";
            default -> genitive ? "Кыргыз Республикасынын Мыйзамынын" : "Кыргыз Республикасынын Мыйзамы";
        };
    }
}
