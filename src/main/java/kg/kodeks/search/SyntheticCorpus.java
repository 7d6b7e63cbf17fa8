package kg.kodeks.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.WorkId;

/**
 * A synthetic corpus for benchmarks: acts in Kyrgyz and Russian pairs (same structure and
 * element ids), made of legal vocabulary inflected by each language's grammar (about a thousand
 * word forms a language) with a skewed (Zipf-like) word frequency and
 * norm lengths like those of real laws (8 to 90 words, about 28 on average). The same seed
 * always gives the same acts, and acts are made one at a time, so a million norms never sit in
 * memory together. The words are ours; no real text is used.
 */
public final class SyntheticCorpus implements Iterable<Act> {
    /** Articles per act; parts per article vary from 1 to 5. */
    static final int ARTICLES_PER_ACT = 50;

    /** Words that glue sentences together, the most frequent first. */
    static final String[] RUSSIAN_FUNCTION = {
        "в",
        "и",
        "на",
        "по",
        "с",
        "о",
        "не",
        "для",
        "при",
        "или",
        "до",
        "после",
        "в течение",
        "в соответствии с",
        "не позднее",
        "вправе",
        "обязан",
        "должен",
        "может",
        "если",
        "а также"
    };

    static final String[] KYRGYZ_FUNCTION = {
        "жана",
        "менен",
        "боюнча",
        "үчүн",
        "же",
        "эмес",
        "тийиш",
        "укуктуу",
        "ылайык",
        "ичинде",
        "чейин",
        "кийин",
        "ошондой эле",
        "милдеттүү",
        "мүмкүн",
        "тарабынан"
    };

    /** Content words: every form of each stem, built by the grammar of the language. */
    static final String[] RUSSIAN = russianForms();

    static final String[] KYRGYZ = kyrgyzForms();

    private static String[] russianForms() {
        List<String> out = new ArrayList<>();
        String[] masculine = {
            "орган",
            "совет",
            "кенеш",
            "бюджет",
            "закон",
            "депутат",
            "договор",
            "налог",
            "район",
            "округ",
            "отчет",
            "проект",
            "акт",
            "срок",
            "регламент",
            "устав",
            "штраф",
            "доход",
            "расход",
            "аким",
            "мэр",
            "гражданин",
            "муниципалитет",
            "контракт",
            "тариф"
        };
        String[] masculineEndings = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"};
        String[] feminine = {
            "служб",
            "программ",
            "норм",
            "смет",
            "плат",
            "границ",
            "палат",
            "форм",
            "систем",
            "услуг",
            "сумм",
            "комисси",
            "территори",
            "собственност",
            "власт"
        };
        String[] feminineEndings = {"а", "ы", "е", "у", "ой", "ам", "ами", "ах"};
        String[] adjectives = {
            "местн",
            "муниципальн",
            "государственн",
            "исполнительн",
            "представительн",
            "бюджетн",
            "налогов",
            "правов",
            "нормативн",
            "финансов",
            "земельн",
            "социальн",
            "территориальн",
            "административн",
            "общественн",
            "публичн",
            "районн",
            "сельск",
            "городск"
        };
        String[] adjectiveEndings = {"ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"};
        String[] verbs = {
            "осуществля",
            "обеспечива",
            "рассматрива",
            "утвержда",
            "принима",
            "представля",
            "устанавлива",
            "определя",
            "организу",
            "вноси",
            "контролиру",
            "финансиру"
        };
        String[] verbEndings = {"ет", "ют", "ется", "ются"};
        combine(out, masculine, masculineEndings);
        combine(out, feminine, feminineEndings);
        combine(out, adjectives, adjectiveEndings);
        combine(out, verbs, verbEndings);
        return out.toArray(String[]::new);
    }

    private static void combine(List<String> out, String[] stems, String[] endings) {
        for (String stem : stems) {
            for (String ending : endings) {
                out.add(stem + ending);
            }
        }
    }

    private static String[] kyrgyzForms() {
        String[] nouns = {
            "мыйзам",
            "берене",
            "бөлүк",
            "кеңеш",
            "айыл",
            "орган",
            "укук",
            "милдет",
            "шаар",
            "аймак",
            "бюджет",
            "жыйын",
            "өкүл",
            "депутат",
            "токтом",
            "чечим",
            "тартип",
            "мөөнөт",
            "комиссия",
            "министрлик",
            "кызмат",
            "салык",
            "төлөм",
            "жер",
            "район",
            "облус",
            "мамлекет",
            "өкмөт",
            "сот",
            "прокурор",
            "жаран",
            "мүчө",
            "башчы",
            "документ",
            "келишим",
            "талап",
            "сунуш",
            "отурум",
            "бийлик",
            "ишкана",
            "уюм",
            "коом",
            "тизме",
            "программа",
            "мүлк",
            "көзөмөл",
            "шайлоо",
            "тапшырма",
            "киреше",
            "чыгаша"
        };
        List<String> out = new ArrayList<>();
        for (String noun : nouns) {
            boolean soft = noun.endsWith("к") || noun.endsWith("п");
            String possessive = possessive(noun, soft && noun.length() > 4);
            String plural = noun
                    + (vowel(last(noun)) || noun.endsWith("й") || noun.endsWith("р")
                            ? "л"
                            : voiceless(last(noun)) ? "т" : "д")
                    + a(noun) + "р";
            for (String form : new String[] {noun, plural, possessive, possessive(plural, false)}) {
                out.add(form);
                out.add(caseForm(form, form.equals(possessive) || form.endsWith(i(form)) && !form.equals(noun)));
            }
            out.add(noun + (voiceless(last(noun)) ? "к" : "г") + a(noun));
            out.add(noun + (voiceless(last(noun)) ? "т" : "д") + a(noun));
            out.add(noun + (voiceless(last(noun)) ? "т" : "д") + a(noun) + "н");
            out.add(possessive + "н" + a(possessive));
            out.add(possessive + "нд" + a(possessive));
        }
        String[] verbs = {
            "белгиленет",
            "бекитилет",
            "жүзөгө ашырат",
            "камсыз кылат",
            "карайт",
            "киргизет",
            "аныктайт",
            "түзөт",
            "чечет",
            "каржылайт",
            "көзөмөлдөйт",
            "кабыл алат"
        };
        out.addAll(List.of(verbs));
        return out.toArray(String[]::new);
    }

    private static String caseForm(String form, boolean afterPossessive) {
        if (afterPossessive) {
            return form + "н" + i(form) + "н";
        }
        char last = last(form);
        return form + (vowel(last) ? "н" : voiceless(last) ? "т" : "д") + i(form) + "н";
    }

    private static String possessive(String noun, boolean soften) {
        char last = last(noun);
        if (vowel(last)) {
            return noun + "с" + i(noun);
        }
        String stem = soften ? noun.substring(0, noun.length() - 1) + (last == 'к' ? 'г' : 'б') : noun;
        return stem + i(noun);
    }

    private static char last(String word) {
        return word.charAt(word.length() - 1);
    }

    private static char lastVowel(String word) {
        for (int k = word.length() - 1; k >= 0; k--) {
            if (vowel(word.charAt(k))) {
                return word.charAt(k);
            }
        }
        return 'а';
    }

    private static String i(String word) {
        return switch (lastVowel(word)) {
            case 'а', 'ы', 'я' -> "ы";
            case 'о', 'у' -> "у";
            case 'ө', 'ү' -> "ү";
            default -> "и";
        };
    }

    private static String a(String word) {
        return switch (lastVowel(word)) {
            case 'а', 'ы', 'я', 'у' -> "а";
            case 'о' -> "о";
            case 'ө', 'ү' -> "ө";
            default -> "е";
        };
    }

    private static boolean vowel(char c) {
        return "аеиоуыэюяөү".indexOf(c) >= 0;
    }

    private static boolean voiceless(char c) {
        return "кпстфхцчшщ".indexOf(c) >= 0;
    }

    private final long seed;
    private final int norms;

    /**
     * @param seed the seed; the same seed gives the same corpus
     * @param norms about how many norms (rounded up to whole acts)
     */
    public SyntheticCorpus(long seed, int norms) {
        this.seed = seed;
        this.norms = norms;
    }

    @Override
    public Iterator<Act> iterator() {
        return new Iterator<>() {
            private int made;
            private int index;
            private Act pending;

            @Override
            public boolean hasNext() {
                return pending != null || made < norms;
            }

            @Override
            public Act next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pending != null) {
                    Act act = pending;
                    pending = null;
                    return act;
                }
                List<Act> pair = pair(index++);
                made += pair.get(0).norms().size() + pair.get(1).norms().size();
                pending = pair.get(1);
                return pair.get(0);
            }
        };
    }

    /** The Kyrgyz and Russian versions of act {@code index}. */
    List<Act> pair(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        int[] parts = new int[ARTICLES_PER_ACT];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = 1 + random.nextInt(5);
        }
        WorkId work = new WorkId(
                "law", LocalDate.of(1995 + index % 30, 1 + index % 12, 1 + index % 28), String.valueOf(index + 1));
        ActStatus status = index % 10 == 9 ? ActStatus.REPEALED : ActStatus.IN_FORCE;
        List<Act> pair = new ArrayList<>();
        for (Language language : Language.values()) {
            SplittableRandom words = random.split();
            String[] vocabulary = language == Language.KIR ? KYRGYZ : RUSSIAN;
            String[] function = language == Language.KIR ? KYRGYZ_FUNCTION : RUSSIAN_FUNCTION;
            ActMeta meta = new ActMeta(
                    work,
                    language,
                    sentence(words, vocabulary, function, 6),
                    status,
                    "Synthetic benchmark text",
                    List.of(),
                    true);
            List<Unit> articles = new ArrayList<>();
            for (int a = 1; a <= ARTICLES_PER_ACT; a++) {
                String eid = "art_" + a;
                List<Unit> children = new ArrayList<>();
                for (int p = 1; p <= parts[a - 1]; p++) {
                    children.add(new Unit(
                            UnitKind.PART,
                            eid + "__para_" + p,
                            String.valueOf(p),
                            "",
                            sentence(words, vocabulary, function, length(words)),
                            false,
                            List.of(),
                            0,
                            List.of()));
                }
                articles.add(new Unit(
                        UnitKind.ARTICLE,
                        eid,
                        String.valueOf(a),
                        sentence(words, vocabulary, function, 4),
                        "",
                        false,
                        List.of(),
                        0,
                        children));
            }
            pair.add(new Act(meta, "", articles));
        }
        return pair;
    }

    /** 8 to 90 words, most between 15 and 40. */
    private static int length(SplittableRandom random) {
        double gaussian = 0;
        for (int i = 0; i < 4; i++) {
            gaussian += random.nextDouble();
        }
        return Math.max(8, Math.min(90, (int) Math.round(Math.exp(2.9 + (gaussian - 2) * 0.75))));
    }

    /** A third of the words are function words; content words follow a skewed (Zipf-like) frequency. */
    private static String sentence(SplittableRandom random, String[] vocabulary, String[] function, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double r = random.nextDouble();
            String word = random.nextInt(3) == 0
                    ? function[(int) (function.length * r * r)]
                    : vocabulary[(int) (vocabulary.length * r * r * r)];
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                text.append(' ');
            }
            text.append(word);
        }
        return text.append('.').toString();
    }
}
