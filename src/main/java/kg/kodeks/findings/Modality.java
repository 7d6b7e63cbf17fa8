package kg.kodeks.findings;

import java.util.List;
import java.util.Locale;

/**
 * What a norm does to its addressee: obliges, permits or prohibits. Found from the markers of
 * each language, negation included: «не вправе» and «укугу жок» prohibit although «вправе» and
 * «укугу» alone permit.
 */
enum Modality {
    OBLIGATION,
    PERMISSION,
    PROHIBITION,
    NONE;

    /** The marker found in a text: its modality and where it stands. */
    record Marker(Modality modality, int start, int end) {}

    // Each row: the marker words in order; the first match in the text decides, prohibitions first
    // because they contain the permission words.
    private static final String[][] PROHIBITION_MARKERS = {
        {"не", "вправе"},
        {"не", "может"},
        {"не", "могут"},
        {"не", "имеет", "права"},
        {"не", "имеют", "права"},
        {"запрещается"},
        {"запрещено"},
        {"не", "допускается"},
        {"не", "допускаются"},
        {"тыюу", "салынат"},
        {"тыюу", "салынган"},
        {"жол", "берилбейт"},
        {"укугу", "жок"},
        {"укуксуз"},
        {"мүмкүн", "эмес"},
        {"укуктуу", "эмес"},
        {"тийиш", "эмес"},
    };
    private static final String[][] PERMISSION_MARKERS = {
        {"не", "обязан"},
        {"не", "обязаны"},
        {"милдеттүү", "эмес"},
        {"жол", "берилет"},
        {"вправе"},
        {"может"},
        {"могут"},
        {"имеет", "право"},
        {"имеют", "право"},
        {"допускается"},
        {"укуктуу"},
        {"мүмкүн"},
        {"укугу", "бар"},
        {"укугуна", "ээ"},
    };
    private static final String[][] OBLIGATION_MARKERS = {
        {"обязан"},
        {"обязаны"},
        {"обязана"},
        {"должен"},
        {"должны"},
        {"должна"},
        {"должно"},
        {"обеспечивает"},
        {"обеспечивают"},
        {"обязательно"},
        // «в обязательном порядке выносятся», «милдеттүү түрдө чыгарылат»: a passive made obligatory.
        {"в", "обязательном", "порядке"},
        {"милдеттүү", "түрдө"},
        {"милдеттүү"},
        {"тийиш"},
        {"милдеттенет"},
        {"камсыз", "кылат"},
        {"камсыздайт"},
        {"милдеттендирилет"},
    };

    /** The modality marker of a text, or a marker of {@link #NONE} when there is none. */
    static Marker of(String text) {
        List<Token> tokens = Token.of(text);
        Marker m = first(tokens, PROHIBITION_MARKERS, PROHIBITION);
        if (m == null) {
            m = first(tokens, PERMISSION_MARKERS, PERMISSION);
        }
        if (m == null) {
            m = first(tokens, OBLIGATION_MARKERS, OBLIGATION);
        }
        return m == null ? new Marker(NONE, 0, 0) : m;
    }

    /**
     * The marker that decides a norm's modality among its markers, as {@link #of} reads it: the
     * first prohibition, else the first permission, else the first obligation.
     */
    static Marker strongest(List<Marker> markers) {
        for (Modality m : new Modality[] {PROHIBITION, PERMISSION, OBLIGATION}) {
            for (Marker marker : markers) {
                if (marker.modality() == m) {
                    return marker;
                }
            }
        }
        return new Marker(NONE, 0, 0);
    }

    /**
     * Every modality marker of a text, in order, each read once with its negation: a norm may
     * permit one thing and oblige another («вправе обращаться …, которые обязаны дать ответ»).
     */
    static List<Marker> all(String text) {
        List<Token> tokens = Token.of(text);
        List<Marker> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int length = 0;
            for (Modality m : new Modality[] {PROHIBITION, PERMISSION, OBLIGATION}) {
                String[][] markers = m == PROHIBITION
                        ? PROHIBITION_MARKERS
                        : m == PERMISSION ? PERMISSION_MARKERS : OBLIGATION_MARKERS;
                for (String[] marker : markers) {
                    if (length == 0 && matches(tokens, i, marker)) {
                        out.add(new Marker(
                                m,
                                tokens.get(i).start(),
                                tokens.get(i + marker.length - 1).end()));
                        length = marker.length;
                    }
                }
            }
            i += Math.max(1, length);
        }
        return out;
    }

    /**
     * Every modality marker of a text outside the names of the bodies it names: «ыйгарым укуктуу
     * мамлекеттик орган» (the authorised body) permits nothing.
     */
    static List<Marker> all(String text, List<Bodies.Mention> bodies) {
        return all(text).stream()
                .filter(m -> bodies.stream().noneMatch(b -> b.start() < m.end() && m.start() < b.end()))
                .toList();
    }

    private static Marker first(List<Token> tokens, String[][] markers, Modality modality) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String[] marker : markers) {
                if (matches(tokens, i, marker)) {
                    return new Marker(
                            modality,
                            tokens.get(i).start(),
                            tokens.get(i + marker.length - 1).end());
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, String[] marker) {
        if (i + marker.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            if (!tokens.get(i + k).text().equals(marker[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of markers that keep their own meaning elsewhere («в порядке, установленном …»,
     * «электрондук түрдө»): they stay in a norm's topic.
     */
    private static final java.util.Set<String> ORDINARY_WORDS =
            java.util.Set.of("в", "обязательном", "порядке", "түрдө");

    /** True when the word is part of a modality marker, so topic comparison can leave it out. */
    static boolean isMarkerWord(String word) {
        if (ORDINARY_WORDS.contains(word)) {
            return false;
        }
        for (String[][] group : new String[][][] {PROHIBITION_MARKERS, PERMISSION_MARKERS, OBLIGATION_MARKERS}) {
            for (String[] marker : group) {
                for (String w : marker) {
                    if (w.equals(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
