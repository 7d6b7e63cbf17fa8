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
 * element ids), made of inflected legal vocabulary with a skewed (Zipf-like) word frequency and
 * norm lengths like those of real laws (8 to 90 words, about 28 on average). The same seed
 * always gives the same acts, and acts are made one at a time, so a million norms never sit in
 * memory together. The words are ours; no real text is used.
 */
public final class SyntheticCorpus implements Iterable<Act> {
    /** Articles per act; parts per article vary from 1 to 5. */
    static final int ARTICLES_PER_ACT = 50;

    static final String[] RUSSIAN = {
        "органы", "местного", "самоуправления", "орган", "органов", "органами", "кенеш", "кенеша", "кенешем",
        "айыл", "окмоту", "решение", "решения", "решением", "бюджет", "бюджета", "бюджетом", "муниципальной",
        "муниципальный", "собственности", "собственность", "депутат", "депутаты", "депутатов", "вправе", "не",
        "обязан", "обязаны", "должен", "порядке", "порядок", "установленном", "законом", "закона", "законодательством",
        "Кыргызской", "Республики", "Республика", "в", "и", "на", "по", "с", "о", "для", "при", "или", "до",
        "после", "течение", "дней", "месяцев", "года", "30", "10", "15", "граждан", "гражданами", "жителей",
        "населения", "территории", "территорий", "имущества", "имущество", "доходы", "расходы", "налогов",
        "полномочия", "полномочий", "исполнительный", "представительный", "глава", "главы", "председатель",
        "сессии", "сессия", "комиссии", "контроль", "контроля", "отчет", "ежегодно", "публичные", "слушания",
        "проект", "проекта", "утверждается", "принимается", "осуществляет", "обеспечивает", "вносит", "рассматривает",
        "служащий", "службы", "муниципальная", "должности", "государственной", "власти", "сельского", "города",
        "района", "области", "соответствующей", "вопросам", "вопросы", "значения", "нормативных", "правовых", "актов"};

    static final String[] KYRGYZ = {
        "жергиликтүү", "өз", "алдынча", "башкаруу", "органдары", "органдарынын", "органы", "кеңеш", "кеңеши",
        "кеңешинин", "кеңешине", "кеңештеринин", "айыл", "өкмөтү", "өкмөтүнүн", "чечим", "чечими", "чечиминин",
        "бюджет", "бюджеттин", "бюджетке", "муниципалдык", "менчик", "менчикти", "депутат", "депутаттары",
        "депутаттардын", "укуктуу", "эмес", "милдеттүү", "тийиш", "тартипте", "тартибинде", "белгиленген",
        "мыйзам", "мыйзамы", "мыйзамдын", "мыйзамына", "Кыргыз", "Республикасынын", "Республикасы", "жана", "же",
        "менен", "боюнча", "үчүн", "ичинде", "чейин", "кийин", "күн", "күндүн", "ай", "жыл", "жылдын", "30", "10",
        "жарандар", "жарандардын", "тургундар", "калкы", "калкынын", "аймак", "аймагында", "мүлк", "мүлкүн",
        "кирешелер", "чыгашалар", "салыктар", "ыйгарым", "укуктары", "аткаруу", "өкүлчүлүктүү", "башчысы",
        "төрагасы", "сессиясы", "сессиясында", "комиссиясы", "көзөмөл", "көзөмөлдү", "отчет", "жыл", "сайын",
        "коомдук", "угуулар", "долбоор", "долбоорун", "бекитилет", "кабыл", "алынат", "жүзөгө", "ашырат",
        "камсыз", "кылат", "киргизет", "карайт", "кызматкер", "кызмат", "кызматы", "мамлекеттик", "бийлик",
        "шаардын", "райондун", "облустун", "тиешелүү", "маселелер", "маселелери", "ченемдик", "укуктук", "актылар"};

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
        WorkId work = new WorkId("law", LocalDate.of(1995 + index % 30, 1 + index % 12, 1 + index % 28),
                String.valueOf(index + 1));
        ActStatus status = index % 10 == 9 ? ActStatus.REPEALED : ActStatus.IN_FORCE;
        List<Act> pair = new ArrayList<>();
        for (Language language : Language.values()) {
            SplittableRandom words = random.split();
            String[] vocabulary = language == Language.KIR ? KYRGYZ : RUSSIAN;
            ActMeta meta = new ActMeta(work, language, sentence(words, vocabulary, 6), status,
                    "Synthetic benchmark text", List.of(), true);
            List<Unit> articles = new ArrayList<>();
            for (int a = 1; a <= ARTICLES_PER_ACT; a++) {
                String eid = "art_" + a;
                List<Unit> children = new ArrayList<>();
                for (int p = 1; p <= parts[a - 1]; p++) {
                    children.add(new Unit(UnitKind.PART, eid + "__para_" + p, String.valueOf(p), "",
                            sentence(words, vocabulary, length(words)), false, List.of(), 0, List.of()));
                }
                articles.add(new Unit(UnitKind.ARTICLE, eid, String.valueOf(a), sentence(words, vocabulary, 4), "",
                        false, List.of(), 0, children));
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

    private static String sentence(SplittableRandom random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double r = random.nextDouble();
            String word = vocabulary[(int) (vocabulary.length * r * r)];
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
