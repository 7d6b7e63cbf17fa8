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
    record Mention(String body, int start, int end) {
    }

    private record Name(String body, String[] stems) {
    }

    // Each name is a sequence of word stems; a token matches a stem when it starts with it.
    private static final List<Name> NAMES = List.of(
            name("head", "глав", "айыл", "окмот"), name("head", "айыл", "өкмөт", "башчы"),
            name("head", "айыл", "окмот", "башчы"), name("head", "глав", "исполнительн", "орган"),
            name("head", "аткаруу", "органынын", "башчы"),
            name("local-state-administration", "местн", "государствен", "администрац"),
            name("local-state-administration", "жергиликтүү", "мамлекеттик", "администрац"),
            name("akim", "аким"),
            name("mayor", "мэр"), name("mayor", "мэрия"), name("mayor", "мэриясы"),
            name("aiyl-okmotu", "айыл", "окмот"), name("aiyl-okmotu", "айыл", "өкмөт"),
            name("kenesh", "айыльн", "кенеш"), name("kenesh", "айылн", "кенеш"), name("kenesh", "местн", "кенеш"),
            name("kenesh", "айылдык", "кеңеш"), name("kenesh", "жергиликтүү", "кеңеш"), name("kenesh", "айыл", "кеңеш"),
            name("kenesh", "городск", "кенеш"), name("kenesh", "шаардык", "кеңеш"),
            name("kenesh", "кенеш"), name("kenesh", "кеңеш"),
            name("parliament", "жогорк", "кенеш"), name("parliament", "жогорку", "кеңеш"),
            name("government", "кабинет", "министр"), name("government", "министрлер", "кабинет"),
            name("government", "правительств"), name("government", "өкмөт"),
            name("local-government", "орган", "местн", "самоуправлен"),
            name("local-government", "жергиликтүү", "өз", "алдынча", "башкаруу", "орган"),
            name("state-bodies", "орган", "государственн", "власт"),
            name("state-bodies", "мамлекеттик", "бийлик", "орган"),
            name("aiyl-okmotu", "исполнительн", "орган"), name("aiyl-okmotu", "аткаруу", "орган"),
            name("local-state-administration", "районн", "государственн", "администрац"),
            name("local-state-administration", "райондук", "мамлекеттик", "администрац"),
            name("authorised-body", "уполномоченн", "государственн", "орган"),
            name("authorised-body", "ыйгарым", "укуктуу", "мамлекеттик", "орган"),
            name("ministry", "министерств"), name("ministry", "министрлиг"), name("ministry", "министрлик"),
            name("gathering", "сход"), name("gathering", "курултай"), name("gathering", "чогулуш"));

    private Bodies() {
    }

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
            int last = i + best.stems().length - 1;
            out.add(new Mention(best.body(), tokens.get(i).start(), tokens.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    /**
     * The body that acts in a norm, or null: the agent of a passive («назначается акимом»,
     * «аким тарабынан»); else the body named just before the modal word («органы
     * государственной власти не вправе»); else the first body named.
     */
    static Mention actor(String text, List<Mention> mentions, Modality.Marker marker) {
        if (mentions.isEmpty()) {
            return null;
        }
        List<Token> tokens = Token.of(text);
        for (Mention m : mentions) {
            if (instrumental(tokens, m) || followedBy(tokens, m, "тарабынан")) {
                return m;
            }
        }
        if (marker.modality() != Modality.NONE) {
            for (Mention m : mentions) {
                String between = text.substring(Math.min(m.end(), marker.start()), marker.start()).trim();
                if (m.end() <= marker.start() && between.isEmpty()) {
                    return m;
                }
            }
        }
        return mentions.get(0);
    }

    private static final List<String> HEAD_NOUNS = List.of("кенеш", "аким", "министерств", "администрац", "мэри",
            "глав", "правительств", "орган");

    /** A Russian body name in the instrumental case: the agent of a passive verb. */
    private static boolean instrumental(List<Token> tokens, Mention m) {
        for (Token t : tokens) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                String w = t.text();
                boolean head = HEAD_NOUNS.stream().anyMatch(w::startsWith);
                if (head && (w.endsWith("ем") || w.endsWith("ом") || w.endsWith("ей") || w.endsWith("ой")
                        || w.endsWith("ами") || w.endsWith("ями"))) {
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
        return a.equals("local-government") && LOCAL.contains(b) || b.equals("local-government") && LOCAL.contains(a)
                || a.equals("state-bodies") && STATE.contains(b) || b.equals("state-bodies") && STATE.contains(a);
    }

    private static final java.util.Set<String> LOCAL = java.util.Set.of("kenesh", "aiyl-okmotu", "head", "mayor",
            "gathering");
    private static final java.util.Set<String> STATE = java.util.Set.of("akim", "local-state-administration",
            "ministry", "government", "authorised-body", "parliament");

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
