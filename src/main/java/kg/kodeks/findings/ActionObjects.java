package kg.kodeks.findings;

import java.util.List;
import java.util.Set;

/**
 * What an action is done to, read from the words of the action ({@link Action}) in Russian and
 * Kyrgyz: the head nouns of the object of its verb, or of the subject of a passive. Two actions
 * on different objects are different powers however many words they share: «утверждает местный
 * <b>бюджет</b>» and «утверждает <b>отчет</b> об исполнении местного бюджета».
 */
final class ActionObjects {

    private static final Set<String> RU_FUNCTION_WORDS = Set.of(
            "и",
            "или",
            "либо",
            "а",
            "но",
            "также",
            "не",
            "только",
            "его",
            "ее",
            "их",
            "свой",
            "своей",
            "свои",
            "своих",
            "своего",
            "своим",
            "это",
            "этого",
            "эти",
            "этих",
            "такие",
            "таких",
            "такой",
            "такого",
            "сам",
            "сами",
            "самими",
            "самостоятельно",
            "который",
            "которые",
            "все",
            "всех",
            "иной",
            "иные",
            "иных",
            "иную",
            "иного");
    private static final Set<String> RU_PREPOSITIONS = Set.of(
            "в",
            "во",
            "на",
            "с",
            "со",
            "по",
            "при",
            "без",
            "для",
            "до",
            "после",
            "из",
            "от",
            "к",
            "ко",
            "о",
            "об",
            "обо",
            "за",
            "над",
            "под",
            "перед",
            "между",
            "через",
            "у",
            "вместе",
            "согласно",
            "путем",
            "посредством");
    private static final java.util.regex.Pattern RU_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{L}+(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)");
    /** Nouns in -ие that the adjective endings would catch: «решение», «действие», «полномочие». */
    private static final java.util.regex.Pattern RU_NOUN_IN_IE = java.util.regex.Pattern.compile("\\p{L}+[нтвч]ие");

    private static final java.util.regex.Pattern RU_VERBAL_NOUN =
            java.util.regex.Pattern.compile("\\p{L}{3,}[нт](ие|ия|ию|ием|ии|ий)");
    private static final java.util.regex.Pattern RU_FINITE = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(ает|яет|еет|ует|ают|яют|еют|уют|ит|ят|ют|ся|сь)|\\p{L}{4,}(ен|ена|ено|ены|ан|ана|ано|аны)");
    private static final java.util.regex.Pattern RU_INSTRUMENTAL =
            java.util.regex.Pattern.compile("\\p{L}{2,}(ом|ем|ой|ей|ым|им|ами|ями)");
    private static final java.util.regex.Pattern RU_ADVERB = java.util.regex.Pattern.compile("\\p{L}{4,}но");

    private static final Set<String> KY_POSTPOSITIONS = Set.of(
            "үчүн",
            "каршы",
            "менен",
            "боюнча",
            "жөнүндө",
            "чейин",
            "кийин",
            "тарабынан",
            "ылайык",
            "аркылуу",
            "ичинде",
            "тууралуу",
            "карата",
            "алдында",
            "чегинде",
            "эске",
            "тышкары",
            "кошпогондо",
            "мурун",
            "тартып",
            "сайын");
    private static final Set<String> KY_FUNCTION_WORDS = Set.of(
            "жана", "же", "ар", "бир", "өз", "башка", "ошол", "бул", "ушул", "анын", "алардын", "аларды", "эле",
            "ошондой", "гана", "да", "дагы", "эмес", "мындай", "ушундай", "андай");
    /**
     * The genitive: -нын after a vowel, -дын / -тын after a consonant («бюджеттин», «кеңештин»,
     * «чечиминин»); «аракетин» (its action, accusative) has the т of its stem after a vowel.
     */
    private static final java.util.regex.Pattern KY_GENITIVE =
            java.util.regex.Pattern.compile("\\p{L}*([^аеиоуыэюяөү][дт]|[аеиоуыэюяөү]н)(ын|ин|ун|үн)");
    /**
     * The accusative: -ны after a vowel, -ды / -ты after a consonant («долбоорду», «бюджетти»,
     * «жумушту»), -н after the possessive («долбоорун», «көлөмүн»); «өкмөтү» is a possessive.
     */
    private static final java.util.regex.Pattern KY_ACCUSATIVE =
            java.util.regex.Pattern.compile("\\p{L}*([^аеиоуыэюяөү][дт]|[аеиоуыэюяөү]н)[ыиуү]|\\p{L}+[^ндт][ыиуү]н");

    private static final java.util.regex.Pattern KY_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{L}+(луу|лүү|дуу|дүү|туу|түү|лык|лик|лук|лүк|дык|дик|дук|дүк|тык|тик|тук|түк|(уу|үү|өө|оо)ч[ыиуү]|гы|ги|кы|ки)");
    /** Participles and verbal nouns: «бекиткен», «чыгарууга», «бекитүү». */
    private static final java.util.regex.Pattern KY_VERB = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(ган|ген|гон|гөн|кан|кен|кон|көн|уу|үү|ууга|үүгө|ууну|үүнү|оого|өөгө|уусу|үүсү)");
    /**
     * Finite verbs: «бекитет», «аныкталат», «аныктайт». Loan nouns end the same way («бюджет»,
     * «отчет», «маалымат»), so a word counts as a finite verb only where Kyrgyz puts one: last, or
     * before «жана» / «же» joining the next predicate.
     */
    private static final java.util.regex.Pattern KY_FINITE =
            java.util.regex.Pattern.compile("\\p{L}{3,}(ат|ет|от|өт|йт)");
    /** A noun with the possessive of the third person: «аймагы», «долбоору», «көлөмү». */
    private static final java.util.regex.Pattern KY_POSSESSED =
            java.util.regex.Pattern.compile("\\p{L}{3,}[^аеёиоуыэюяөү][ыиуү]");
    /** Adverbial cases (dative, locative, ablative): where, to whom, from what — not what. */
    private static final java.util.regex.Pattern KY_ADVERBIAL = java.util.regex.Pattern.compile(
            "\\p{L}+(га|ге|ка|ке|го|гө|ко|кө|на|не|да|де|та|те|до|дө|то|тө|дан|ден|тан|тен|дон|дөн|тон|төн|нан|нен|нон|нөн)");

    /**
     * The head nouns of what an action is done to, as their first letters: the object of its
     * verb, or the subject of a passive («<b>Проект</b> бюджета … выносятся», «бюджеттин
     * <b>долбоору</b> … чыгарылат»). Two actions on different objects are different powers
     * however many words they share: «утверждает местный <b>бюджет</b>» and «утверждает
     * <b>отчет</b> об исполнении местного бюджета». Empty when no head is recognised.
     *
     * @param words the action's words in order, bodies, numbers and modal words left out
     */
    static Set<String> of(List<String> words, boolean kyrgyz) {
        for (int i = 0; i < words.size(); i++) {
            if (copula(words.get(i), i + 1 < words.size() ? words.get(i + 1) : "")) {
                return Set.of();
            }
        }
        return kyrgyz ? kyrgyzObjects(words) : russianObjects(words);
    }

    /**
     * «являться муниципальным служащим», «быть членом», «кызматчысы болууга»: a norm that says
     * what someone may or must be has a predicate, not an object («быть назначен», «быть
     * отказано» are passives and keep theirs).
     */
    private static boolean copula(String w, String next) {
        return w.startsWith("являт")
                || w.startsWith("являю")
                || w.startsWith("болуу")
                || w.equals("болуп")
                || w.startsWith("болуш")
                || w.equals("быть") && RU_INSTRUMENTAL.matcher(next).matches();
    }

    /**
     * Russian: the first noun that is not in a prepositional phrase, skipping verbs, verbal
     * nouns («утверждение местного бюджета»: the budget), adjectives and pronouns; and the nouns
     * joined to it by «и» / «или» («бюджета и отчета»).
     */
    private static Set<String> russianObjects(List<String> words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        boolean inPhrase = false;
        boolean joined = false;
        for (String w : words) {
            if (w.equals("и") || w.equals("или") || w.equals("либо")) {
                joined = !out.isEmpty();
                continue;
            }
            if (RU_PREPOSITIONS.contains(w)) {
                inPhrase = true;
                continue;
            }
            if (RU_FUNCTION_WORDS.contains(w) || w.length() < 3 || Character.isDigit(w.charAt(0))) {
                continue;
            }
            boolean verb = Action.infinitive(w)
                    || RU_FINITE.matcher(w).matches()
                    || RU_VERBAL_NOUN.matcher(w).matches();
            if (verb || RU_ADVERB.matcher(w).matches()) {
                if (verb && !out.isEmpty() && !RU_VERBAL_NOUN.matcher(w).matches()) {
                    break; // the next verb starts another action
                }
                inPhrase = inPhrase && RU_VERBAL_NOUN.matcher(w).matches();
                continue;
            }
            if (RU_ADJECTIVE.matcher(w).matches() && !RU_NOUN_IN_IE.matcher(w).matches()) {
                continue;
            }
            if (inPhrase) {
                inPhrase = false;
                continue;
            }
            if (out.isEmpty() || joined) {
                out.add(prefix(w));
            }
            joined = false;
        }
        return out;
    }

    /**
     * Kyrgyz: the nouns in the accusative (the direct objects: «бюджетти», «долбоорун»); without
     * one, the first noun in the nominative that is neither a modifier in the genitive, an
     * adjective, an adverbial case nor the noun of a postposition («бюджет үчүн»).
     */
    private static Set<String> kyrgyzObjects(List<String> words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        String first = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (kyrgyzCase(w, next)) {
                case 'a' -> out.add(prefix(w));
                case 'n' -> first = first == null ? prefix(w) : first;
                default -> {}
            }
        }
        if (out.isEmpty() && first != null) {
            out.add(first);
        }
        return out;
    }

    /**
     * 'a' for a noun in the accusative, 'n' for a head noun in the nominative, '-' for anything
     * else (function words, postpositions and their nouns, adjectives, verbs, genitive
     * modifiers, adverbial cases).
     */
    static char kyrgyzCase(String w, String next) {
        if (KY_FUNCTION_WORDS.contains(w)
                || KY_POSTPOSITIONS.contains(w)
                || w.length() < 3
                || !Character.isLetter(w.charAt(0))
                || KY_ADJECTIVE.matcher(w).matches()
                || KY_VERB.matcher(w).matches()
                || KY_FINITE.matcher(w).matches() && (next.isEmpty() || next.equals("жана") || next.equals("же"))
                || KY_POSTPOSITIONS.contains(next)
                || (KY_POSSESSED.matcher(next).matches()
                                || KY_GENITIVE.matcher(next).matches())
                        && !KY_POSSESSED.matcher(w).matches()
                        && kyrgyzNominative(w)) {
            // «айыл аймагы», «айыл аймагынын»: a bare noun before a possessed one is its modifier
            return '-';
        }
        boolean genitive = KY_GENITIVE.matcher(w).matches();
        if (!genitive && KY_ACCUSATIVE.matcher(w).matches()) {
            return 'a';
        }
        return genitive || KY_ADVERBIAL.matcher(w).matches() ? '-' : 'n';
    }

    /** A Kyrgyz word in the nominative: none of the endings of the genitive, accusative or adverbial cases. */
    static boolean kyrgyzNominative(String w) {
        return !KY_GENITIVE.matcher(w).matches()
                && !KY_ACCUSATIVE.matcher(w).matches()
                && !KY_ADVERBIAL.matcher(w).matches();
    }

    private static String prefix(String w) {
        return w.substring(0, Math.min(5, w.length()));
    }

    private ActionObjects() {}
}
