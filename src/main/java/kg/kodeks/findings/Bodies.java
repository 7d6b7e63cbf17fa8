package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * The bodies a norm gives powers or duties to, in Russian and Kyrgyz: the aiyl kenesh and other
 * local kenesh, the aiyl okmotu, its head, the mayor's office, the local state administration,
 * the akim, a ministry, the Cabinet of Ministers. Longer names win over the shorter names inside
 * them («глава айыл окмоту» is the head, not the aiyl okmotu).
 */
final class Bodies {

    /** A body named in a text: its canonical code and where the name stands. */
    record Mention(String body, int start, int end) {}

    private record Name(String body, String[] stems) {}

    // Each name is a sequence of word stems; a token matches a stem when it starts with it.
    private static final List<Name> NAMES = List.of(
            name("head", "глав", "айыл", "окмот"),
            name("head", "айыл", "өкмөт", "башчы"),
            name("head", "айыл", "окмот", "башчы"),
            name("head", "глав", "исполнительн", "орган"),
            name("head", "аткаруу", "органынын", "башчы"),
            name("local-state-administration", "местн", "государствен", "администрац"),
            name("local-state-administration", "жергиликтүү", "мамлекеттик", "администрац"),
            name("akim", "аким"),
            name("mayor", "мэр"),
            name("mayor", "мэрия"),
            name("mayor", "мэриясы"),
            name("aiyl-okmotu", "айыл", "окмот"),
            name("aiyl-okmotu", "айыл", "өкмөт"),
            name("kenesh", "айыльн", "кенеш"),
            name("kenesh", "айылн", "кенеш"),
            name("kenesh", "местн", "кенеш"),
            name("kenesh", "айылдык", "кеңеш"),
            name("kenesh", "жергиликтүү", "кеңеш"),
            name("kenesh", "айыл", "кеңеш"),
            name("kenesh", "городск", "кенеш"),
            name("kenesh", "шаардык", "кеңеш"),
            name("kenesh", "кенеш"),
            name("kenesh", "кеңеш"),
            name("parliament", "жогорк", "кенеш"),
            name("parliament", "жогорку", "кеңеш"),
            name("government", "кабинет", "министр"),
            name("government", "министрлер", "кабинет"),
            name("government", "правительств"),
            name("government", "өкмөт"),
            name("local-government", "орган", "местн", "самоуправлен"),
            name("local-government", "жергиликтүү", "өз", "алдынча", "башкаруу", "орган"),
            name("state-bodies", "орган", "государственн", "власт"),
            name("state-bodies", "мамлекеттик", "бийлик", "орган"),
            // The executive body by its full name: «исполнительный орган местного самоуправления»,
            // «жергиликтүү өз алдынча башкаруунун аткаруу органы».
            name("aiyl-okmotu", "исполнительн", "орган", "местн", "самоуправлен"),
            name("aiyl-okmotu", "жергиликтүү", "өз", "алдынча", "башкаруу", "аткаруу", "орган"),
            name("aiyl-okmotu", "исполнительн", "орган"),
            name("aiyl-okmotu", "аткаруу", "орган"),
            name("local-state-administration", "районн", "государственн", "администрац"),
            name("local-state-administration", "райондук", "мамлекеттик", "администрац"),
            name("authorised-body", "уполномоченн", "государственн", "орган"),
            name("authorised-body", "уполномоченн", "орган"),
            name("authorised-body", "ыйгарым", "укуктуу", "мамлекеттик", "орган"),
            name("ministry", "министерств"),
            name("ministry", "министрлиг"),
            name("ministry", "министрлик"),
            name("gathering", "сход"),
            name("gathering", "курултай"),
            name("gathering", "чогулуш"));

    private Bodies() {}

    private static Name name(String body, String... stems) {
        return new Name(body, stems);
    }

    /** Every body named in the text, in order, each name read once with its longest form. */
    static List<Mention> find(String text) {
        List<Token> tokens = Token.of(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Name best = null;
            for (Name n : NAMES) {
                if (matches(tokens, i, n.stems()) && (best == null || n.stems().length > best.stems().length)) {
                    best = n;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int first = i;
            int last = i + best.stems().length - 1;
            if (STATE_NAMED.contains(best.body())) {
                last = stateNameAfter(tokens, best.body(), last);
                first = stateNameBefore(
                        tokens,
                        best.body(),
                        first,
                        out.isEmpty() ? -1 : out.get(out.size() - 1).end());
            }
            out.add(new Mention(
                    best.body(), tokens.get(first).start(), tokens.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    /** State bodies whose name runs on over the state's name and, for a ministry, its field. */
    private static final java.util.Set<String> STATE_NAMED = java.util.Set.of("ministry", "government", "parliament");

    private static final java.util.regex.Pattern RU_FIELD =
            java.util.regex.Pattern.compile("\\p{L}+(ов|ев|ии|ики|ства|ния)");

    /**
     * «Министерство финансов Кыргызской Республики», «Правительство Кыргызской Республики»: the
     * ministry's field and the state's name belong to the name (they say which body, not what it
     * does). Returns the index of the name's last token.
     */
    private static int stateNameAfter(List<Token> tokens, String body, int last) {
        int k = last;
        if (body.equals("ministry")
                && k + 1 < tokens.size()
                && RU_FIELD.matcher(tokens.get(k + 1).text()).matches()) {
            k++;
        }
        if (k + 2 < tokens.size()
                && tokens.get(k + 1).text().startsWith("кыргызск")
                && tokens.get(k + 2).text().startsWith("республик")) {
            k += 2;
        }
        return k;
    }

    /**
     * «Кыргыз Республикасынын Финансы министрлиги», «Кыргыз Республикасынын Өкмөтү»: Kyrgyz puts
     * the state's name and the field before. Returns the index of the name's first token; the
     * name never reaches back into an earlier mention.
     */
    private static int stateNameBefore(List<Token> tokens, String body, int first, int previousEnd) {
        int k = first;
        if (body.equals("ministry")
                && k >= 3
                && tokens.get(k - 2).text().startsWith("республикас")
                && tokens.get(k - 3).text().equals("кыргыз")) {
            k -= 1; // the field between the state's name and «министрлиги»
        }
        if (k >= 2
                && tokens.get(k - 1).text().startsWith("республикас")
                && tokens.get(k - 2).text().equals("кыргыз")) {
            k -= 2;
        }
        return tokens.get(k).start() >= previousEnd ? k : first;
    }

    /**
     * The body that acts in a norm, or null: the agent of a passive («назначается акимом»,
     * «аким тарабынан»); else the body named just before the modal word («органы
     * государственной власти не вправе»); else the first body named. Bodies that only propose,
     * request or agree («по представлению главы», «башчысынын сунушу боюнча») and the post a
     * person is appointed to («Главой айыл окмоту может быть назначен …») never act.
     */
    static Mention actor(String text, List<Mention> mentions, Modality.Marker marker) {
        List<Token> tokens = Token.of(text);
        List<Mention> candidates = mentions.stream()
                .filter(m -> !proposer(tokens, m)
                        && !predicate(tokens, m)
                        && !postOf(tokens, m)
                        && !alias(text, m, mentions)
                        && !genitive(tokens, m))
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        // The body right before the modal word is its subject («Исполнительный орган … обязан
        // вынести … до его рассмотрения местным кенешем»); an instrumental elsewhere is then
        // the agent of a noun, not of the norm.
        if (marker.modality() != Modality.NONE) {
            for (Mention m : candidates) {
                String between = text.substring(Math.min(m.end(), marker.start()), marker.start())
                        .trim();
                // «Исполнительный орган местного самоуправления обязан»: a short qualifier may stand between.
                if (m.end() <= marker.start()
                        && between.matches("[\\p{L}\\s-]*")
                        && Token.of(between).size() <= 2) {
                    return m;
                }
            }
        }
        for (Mention m : candidates) {
            if (instrumental(tokens, m) || followedBy(tokens, m, "тарабынан")) {
                return m;
            }
        }
        return candidates.get(0);
    }

    /** Persons a norm addresses that are not bodies: a deputy, a servant, a provider, a tenant. */
    private static final java.util.Map<String, String> ROLES = java.util.Map.ofEntries(
            java.util.Map.entry("депутат", "deputy"),
            java.util.Map.entry("служащ", "servant"),
            java.util.Map.entry("кызматчы", "servant"),
            java.util.Map.entry("поставщик", "provider"),
            java.util.Map.entry("берүүчү", "provider"),
            java.util.Map.entry("получател", "recipient"),
            java.util.Map.entry("алуучу", "recipient"),
            java.util.Map.entry("арендатор", "tenant"),
            java.util.Map.entry("ижарачы", "tenant"),
            java.util.Map.entry("граждан", "citizen"),
            java.util.Map.entry("жаран", "citizen"),
            java.util.Map.entry("жител", "resident"),
            java.util.Map.entry("тургун", "resident"));

    /**
     * The person a norm addresses when its first words name one («Депутат местного кенеша вправе»,
     * «Служащему запрещается», «Муниципалдык кызматчы … укугу жок»), or null.
     */
    static String role(String text) {
        List<Token> tokens = Token.of(text);
        for (int i = 0; i < Math.min(3, tokens.size()); i++) {
            String w = tokens.get(i).text();
            for (java.util.Map.Entry<String, String> e : ROLES.entrySet()) {
                if (w.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** True when a word names a person a norm may address («служащий», «депутату», «кызматчыга»). */
    static boolean isRoleWord(String word) {
        return ROLES.keySet().stream().anyMatch(word::startsWith);
    }

    /** The body named right before a modal word (a short qualifier may stand between), or null. */
    static Mention before(String text, List<Mention> mentions, Modality.Marker marker) {
        for (Mention m : mentions) {
            if (m.end() <= marker.start()) {
                String between = text.substring(m.end(), marker.start()).trim();
                if (between.matches("[\\p{L}\\s-]*") && Token.of(between).size() <= 2) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Words before a body that make it the one who proposes, requests or agrees, not the one who acts. */
    private static final List<List<String>> PROPOSER_BEFORE = List.of(
            List.of("по", "представлению"),
            List.of("по", "предложению"),
            List.of("по", "запросу"),
            List.of("по", "согласованию", "с"),
            List.of("по", "согласованию", "со"),
            List.of("по", "ходатайству"),
            List.of("по", "обращению"),
            List.of("с", "согласия"),
            List.of("с", "согласия", "соответствующего"));
    /** Kyrgyz puts the same words after the body: «башчысынын сунушу боюнча», «кеңеш менен макулдашуу боюнча». */
    private static final List<String> PROPOSER_AFTER =
            List.of("сунуш", "макулдаш", "суроо-талаб", "өтүнүч", "кайрылуу");

    /** True when the body only proposes, requests or agrees. */
    static boolean proposer(List<Token> tokens, Mention m) {
        int first = index(tokens, m.start());
        for (List<String> words : PROPOSER_BEFORE) {
            int from = first - words.size();
            if (from >= 0
                    && java.util.stream.IntStream.range(0, words.size())
                            .allMatch(k -> tokens.get(from + k).text().equals(words.get(k)))) {
                return true;
            }
        }
        int last = index(tokens, m.end() - 1);
        for (int k = last + 1; k < Math.min(tokens.size(), last + 3); k++) {
            String w = tokens.get(k).text();
            if (PROPOSER_AFTER.stream().anyMatch(w::startsWith)) {
                return true;
            }
            if (!w.equals("менен")) {
                break;
            }
        }
        return false;
    }

    /**
     * Russian head nouns of body names in the genitive (or a plural that reads the same): the
     * body owns or is the object of something («сайт уполномоченного органа», «статус депутатов
     * местных кенешей») and does not act, unless the word before names its decision or its
     * competence («по решению местного кенеша», «к компетенции местного кенеша»).
     */
    private static final java.util.Set<String> GENITIVE_HEADS = java.util.Set.of(
            "кенеша",
            "кенешей",
            "акима",
            "акимов",
            "министерства",
            "министерств",
            "администрации",
            "администраций",
            "мэрии",
            "главы",
            "правительства",
            "органа",
            "органов",
            "схода",
            "курултая");

    private static final List<String> OWNED_POWER =
            List.of("решени", "компетенци", "ведени", "полномочи", "распоряжени", "постановлени", "приказ");

    static boolean genitive(List<Token> tokens, Mention m) {
        int first = index(tokens, m.start());
        int last = index(tokens, m.end() - 1);
        if (first < 0 || last < 0) {
            return false;
        }
        if (!GENITIVE_HEADS.contains(head(tokens, m))) {
            return false;
        }
        for (int k = Math.max(0, first - 3); k < first; k++) {
            String w = tokens.get(k).text();
            if (OWNED_POWER.stream().anyMatch(w::startsWith)) {
                return false;
            }
        }
        return true;
    }

    /** The head noun of a body's name as written («кенеша» of «местного кенеша»), or "". */
    private static String head(List<Token> tokens, Mention m) {
        int first = index(tokens, m.start());
        int last = index(tokens, m.end() - 1);
        for (int k = Math.max(0, first); k <= last; k++) {
            String w = tokens.get(k).text();
            if (HEAD_NOUNS.stream().anyMatch(w::startsWith) || w.startsWith("сход") || w.startsWith("курулта")) {
                return w;
            }
        }
        return "";
    }

    /**
     * The body a norm is about when none acts in it: the post of «Акимом может быть назначен …»;
     * null when there is none.
     */
    static Mention post(String text, List<Mention> mentions) {
        List<Token> tokens = Token.of(text);
        return mentions.stream()
                .filter(m -> predicate(tokens, m) || postOf(tokens, m))
                .findFirst()
                .orElse(null);
    }

    /** «на должность главы айыл окмоту», «акимдин кызмат орду»: the body names a post. */
    private static boolean postOf(List<Token> tokens, Mention m) {
        int first = index(tokens, m.start());
        return first > 0
                && tokens.get(first - 1).text().startsWith("должност")
                && GENITIVE_HEADS.contains(head(tokens, m));
    }

    /** A body in the instrumental at the start of the text is the post someone is appointed to. */
    private static boolean predicate(List<Token> tokens, Mention m) {
        return index(tokens, m.start()) == 0 && instrumental(tokens, m);
    }

    /** A body named again in brackets after another («Айыл окмоту (мэрия)») is the same body. */
    static boolean alias(String text, Mention m, List<Mention> mentions) {
        for (Mention other : mentions) {
            if (other.end() <= m.start()
                    && text.substring(other.end(), m.start()).trim().equals("(")) {
                return true;
            }
        }
        return false;
    }

    private static int index(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static final List<String> HEAD_NOUNS =
            List.of("кенеш", "аким", "министерств", "администрац", "мэри", "глав", "правительств", "орган");

    /** Prepositions that turn an instrumental into a place or partner: «перед кенешем», «с акимом». */
    private static final java.util.Set<String> INSTRUMENTAL_PREPOSITIONS =
            java.util.Set.of("перед", "с", "со", "над", "между", "за", "под");

    /** A Russian body name in the instrumental case, without a preposition: the agent of a passive verb. */
    private static boolean instrumental(List<Token> tokens, Mention m) {
        int first = index(tokens, m.start());
        if (first > 0
                && INSTRUMENTAL_PREPOSITIONS.contains(tokens.get(first - 1).text())) {
            return false;
        }
        for (int k = Math.max(0, first - 2); k < first; k++) {
            if (tokens.get(k).text().startsWith("являет")
                    || tokens.get(k).text().startsWith("являют")) {
                return false; // «является (представительным) органом …»: what the subject is, not who acts
            }
        }
        for (Token t : tokens) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                String w = t.text();
                boolean head = HEAD_NOUNS.stream().anyMatch(w::startsWith);
                if (head
                        && (w.endsWith("ем")
                                || w.endsWith("ом")
                                || w.endsWith("ей")
                                || w.endsWith("ой")
                                || w.endsWith("ами")
                                || w.endsWith("ями"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> tokens, Mention m, String word) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).end() == m.end()) {
                return tokens.get(i + 1).text().equals(word);
            }
        }
        return false;
    }

    /** Bodies that stand for a whole group: «органы местного самоуправления», «органы государственной власти». */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (HEADED.contains(a + "|" + b) || HEADED.contains(b + "|" + a)) {
            return true; // a body acts through its head: the akim and his administration are one side
        }
        return a.equals("local-government") && LOCAL.contains(b)
                || b.equals("local-government") && LOCAL.contains(a)
                || a.equals("state-bodies") && STATE.contains(b)
                || b.equals("state-bodies") && STATE.contains(a);
    }

    /** True for local self-government bodies, false for state bodies. */
    static boolean isLocal(String body) {
        return body.equals("local-government") || LOCAL.contains(body);
    }

    private static final java.util.Set<String> HEADED =
            java.util.Set.of("akim|local-state-administration", "head|aiyl-okmotu");
    private static final java.util.Set<String> LOCAL =
            java.util.Set.of("kenesh", "aiyl-okmotu", "head", "mayor", "gathering");
    private static final java.util.Set<String> STATE = java.util.Set.of(
            "akim", "local-state-administration", "ministry", "government", "authorised-body", "parliament");

    private static boolean matches(List<Token> tokens, int i, String[] stems) {
        if (i + stems.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < stems.length; k++) {
            if (!tokens.get(i + k).text().startsWith(stems[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when a word belongs to a body's name, so topic comparison can leave it out. */
    static boolean isNameWord(String word) {
        for (Name n : NAMES) {
            for (String stem : n.stems()) {
                if (word.startsWith(stem) && stem.length() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
