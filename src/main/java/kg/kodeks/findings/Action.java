package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The action a norm rules on, read from its words in Russian and Kyrgyz: what its modal word
 * governs (the verb and its object: «вправе <b>вынести проект бюджета на слушания</b>»,
 * «<b>бюджеттин долбоорун угууларга чыгарууга</b> укуктуу»), or the main clause of a norm
 * without one («<b>Объем трансферта определяется</b> Министерством …»). What only bounds or
 * qualifies the action is left out, because two norms can state the same power in different
 * circumstances and different powers in the same circumstances:
 *
 * <ul>
 *   <li>conditions, exceptions and relative clauses set off by a comma («, если …», «, за
 *       исключением …», «, которые …», «эгерде …,»), and participle phrases that qualify a noun
 *       («, утверждаемой Правительством», «, расположенного на территории …»);
 *   <li>time bounds: the step of another procedure that comes before or after («до его
 *       внесения на рассмотрение кенеша», «кеңешке киргизгенге чейин») and the day a term runs
 *       from («со дня его получения»);
 *   <li>circumstances between a Russian modal word and its infinitive («вправе с
 *       предварительным уведомлением руководителя выполнять …»).
 * </ul>
 *
 * A list's lead-in («Служащему запрещается:», «К компетенции кенеша относятся:») says who acts
 * and how; the action is in the point after the colon. Each modal word has its own action: a
 * norm that permits one thing and, in a relative clause, obliges someone else to another
 * («вправе обращаться с запросом к лицам, которые обязаны дать ответ») states two actions.
 */
final class Action {

    /**
     * The action of one modal word (or of the main clause, with a marker of {@link Modality#NONE}).
     *
     * @param marker the modal word
     * @param ranges the character ranges of the action's words in the text, in order
     */
    record Span(Modality.Marker marker, List<int[]> ranges) {
        Span {
            ranges = List.copyOf(ranges);
        }
    }

    /** Words that open a condition, an exception, a relative or another subordinate clause. */
    private static final Set<String> SUBORDINATORS = Set.of(
            "если",
            "когда",
            "который",
            "которая",
            "которое",
            "которые",
            "которого",
            "которой",
            "которому",
            "которым",
            "которыми",
            "которых",
            "кроме",
            "чтобы",
            "поскольку",
            "эгерде",
            "эгер");
    /** Two-word openers of the same kind. */
    private static final List<List<String>> SUBORDINATOR_PAIRS = List.of(
            List.of("за", "исключением"), List.of("в", "случае"), List.of("в", "случаях"), List.of("при", "условии"));
    /** Russian participle endings: a comma piece led by a participle qualifies a noun. */
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(ющ|ящ|ащ|вш|ем|им|енн|анн|нн)(ий|ая|ее|ие|его|ей|им|их|ими|ую|ый|ое|ые|ого|ой|ому|ым|ыми|ых)");
    /** A Russian verb in the infinitive («выполнять», «вынести», «заниматься»), not a noun in -сть. */
    private static final java.util.regex.Pattern INFINITIVE =
            java.util.regex.Pattern.compile("\\p{L}{2,}(ть|ться|ти|тись|чь|чься)");

    private static final java.util.regex.Pattern NOUN_IN_ST =
            java.util.regex.Pattern.compile("\\p{L}*(ость|ости|асть|асти|ясть|ясти|ести|есть)");
    /** Russian verbal nouns («внесения», «рассмотрения»): after «до» or «после» they name another step. */
    private static final java.util.regex.Pattern VERBAL_NOUN =
            java.util.regex.Pattern.compile("\\p{L}+(ния|тия|нием|тием|нии|тии)");
    /** Kyrgyz postpositions that bound a step in time: «киргизгенге чейин», «кабыл алынгандан кийин». */
    private static final Set<String> KY_TIME_BOUNDS = Set.of("чейин", "кийин", "мурун", "тартып");

    private static final Set<String> RU_TIME_BOUNDS = Set.of("до", "после");
    /** Kyrgyz postpositions that close what an action rests on: «формула боюнча», «мыйзамга ылайык». */
    private static final Set<String> KY_BASIS = Set.of("боюнча", "ылайык", "негизинде");

    private static final Set<String> PRONOUNS = Set.of("его", "ее", "их", "дня", "момента", "даты");
    private static final Set<String> PREPOSITIONS =
            Set.of("с", "со", "по", "в", "во", "на", "при", "без", "после", "до", "через", "от");

    private Action() {}

    /** The action of every modal word of the text, in order; one span of the main clause when there is none. */
    static List<Span> of(String text) {
        List<Bodies.Mention> bodies = Bodies.find(text);
        return of(text, Modality.all(text, bodies), bodies);
    }

    /**
     * The same, with the text's modal words and the bodies it names (a body's name is never the
     * object of an action: «органы» of «аткаруу органы» is no accusative).
     */
    static List<Span> of(String text, List<Modality.Marker> markers, List<Bodies.Mention> bodies) {
        List<Token> tokens = Token.of(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Structure s = new Structure(text, tokens, bodies);
        List<Span> out = new ArrayList<>();
        if (markers.isEmpty()) {
            out.add(new Span(new Modality.Marker(Modality.NONE, 0, 0), s.mainAction(-1, -1)));
            return out;
        }
        for (Modality.Marker m : markers) {
            int first = index(tokens, m.start());
            int last = index(tokens, m.end() - 1);
            out.add(new Span(m, s.mainAction(first, last)));
        }
        return out;
    }

    /** The clauses and comma pieces of a text, as token indices. */
    private static final class Structure {
        private final String text;
        private final List<Token> tokens;
        /** For each token, the clause it belongs to (split at «;», «.» and «:»). */
        private final int[] clause;
        /** For each token, the comma piece it belongs to. */
        private final int[] piece;
        /** For each clause, whether it ends with a colon (a list's lead-in). */
        private final List<Boolean> colon = new ArrayList<>();

        /** For each token, whether it belongs to a body's name. */
        private final boolean[] body;

        Structure(String text, List<Token> tokens, List<Bodies.Mention> bodies) {
            this.text = text;
            this.tokens = tokens;
            this.body = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                body[i] = bodies.stream().anyMatch(b -> b.start() <= t.start() && t.end() <= b.end());
            }
            this.clause = new int[tokens.size()];
            this.piece = new int[tokens.size()];
            int c = 0;
            int p = 0;
            for (int i = 0; i < tokens.size(); i++) {
                clause[i] = c;
                piece[i] = p;
                String gap = i + 1 < tokens.size()
                        ? text.substring(tokens.get(i).end(), tokens.get(i + 1).start())
                        : text.substring(tokens.get(i).end());
                if (gap.contains(";")
                        || gap.contains(":")
                        || gap.contains(".") && !tokens.get(i).isNumber()) {
                    colon.add(gap.contains(":"));
                    c++;
                    p++;
                } else if (gap.contains(",") || gap.contains("(") || gap.contains(")")) {
                    p++;
                }
            }
            colon.add(false);
        }

        /**
         * The action ranges for a modal word at tokens {@code first..last}, or for the main clause
         * when {@code first} is -1.
         */
        List<int[]> mainAction(int first, int last) {
            int c = first < 0 ? 0 : clause[first];
            if (colon.get(c) && c + 1 < colon.size() && has(c + 1)) {
                // A list's lead-in: the action is in the point after the colon.
                return clauseAction(c + 1, -1, -1);
            }
            return clauseAction(c, first, last);
        }

        private boolean has(int c) {
            for (int k : clause) {
                if (k == c) {
                    return true;
                }
            }
            return false;
        }

        private List<int[]> clauseAction(int c, int first, int last) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (clause[i] == c) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            boolean[] keep = new boolean[tokens.size()];
            for (int i = from; i < to; i++) {
                keep[i] = true;
            }
            dropSubordinates(keep, from, to, first);
            dropTimeBounds(keep, from, to);
            dropBasis(keep, from, to);
            if (first >= 0) {
                for (int i = first; i <= last; i++) {
                    keep[i] = false;
                }
                dropCircumstances(keep, last, to);
            }
            List<int[]> ranges = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (keep[i]) {
                    if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[2] == i - 1) {
                        ranges.get(ranges.size() - 1)[1] = tokens.get(i).end();
                        ranges.get(ranges.size() - 1)[2] = i;
                    } else {
                        ranges.add(
                                new int[] {tokens.get(i).start(), tokens.get(i).end(), i});
                    }
                }
            }
            return ranges.stream().map(r -> new int[] {r[0], r[1]}).toList();
        }

        /**
         * Comma pieces that open with a subordinator or a participle. One before the modal word's
         * piece ends at its comma (the main clause resumes: «Кызматчы, эгерде …, … укуктуу»); one
         * after it runs to the end of the clause («…, если это не повлечет конфликта интересов»).
         * A modal word inside such a piece («…, которые обязаны дать ответ») has that piece as its
         * clause.
         */
        private void dropSubordinates(boolean[] keep, int from, int to, int first) {
            int own = first < 0 ? -1 : piece[first];
            if (own >= 0 && opensSubordinate(pieceStart(own))) {
                boolean in = false;
                for (int i = from; i < to; i++) {
                    boolean opens = startsPiece(i) && opensSubordinate(i);
                    in = piece[i] == own || in && piece[i] > own && !opens;
                    keep[i] = in;
                }
                return;
            }
            boolean rest = false;
            for (int i = from; i < to; i++) {
                if (!rest && startsPiece(i) && opensSubordinate(i)) {
                    // A participle phrase is set off on both sides («Предложения, поступившие …, обобщаются»).
                    if (!participle(i) && (own >= 0 && piece[i] > own || own < 0 && i > from)) {
                        rest = true;
                    } else {
                        for (int k = i; k < to && piece[k] == piece[i]; k++) {
                            keep[k] = false;
                        }
                    }
                }
                if (rest) {
                    keep[i] = false;
                }
            }
        }

        /** The first token of a comma piece (pieces are numbered in order). */
        private int pieceStart(int p) {
            int i = 0;
            while (i < piece.length && piece[i] < p) {
                i++;
            }
            return i < piece.length ? i : 0;
        }

        private boolean startsPiece(int i) {
            return i == 0 || piece[i] != piece[i - 1];
        }

        private boolean opensSubordinate(int i) {
            String w = tokens.get(i).text();
            if (SUBORDINATORS.contains(w)) {
                return true;
            }
            if (i + 1 < tokens.size() && piece[i + 1] == piece[i]) {
                String next = tokens.get(i + 1).text();
                for (List<String> pair : SUBORDINATOR_PAIRS) {
                    if (pair.get(0).equals(w) && pair.get(1).equals(next)) {
                        return true;
                    }
                }
            }
            return participle(i);
        }

        private boolean participle(int i) {
            boolean afterComma = i > 0
                    && text.substring(tokens.get(i - 1).end(), tokens.get(i).start())
                            .contains(",");
            return afterComma && PARTICIPLE.matcher(tokens.get(i).text()).matches();
        }

        /**
         * «до его внесения …», «после принятия …», «со дня его получения»: to the end of the comma
         * piece; Kyrgyz «киргизгенге чейин», «күндөн тартып»: the verbal noun and its postposition.
         */
        private void dropTimeBounds(boolean[] keep, int from, int to) {
            for (int i = from; i < to; i++) {
                String w = tokens.get(i).text();
                boolean ru = RU_TIME_BOUNDS.contains(w)
                                && i + 1 < to
                                && (PRONOUNS.contains(tokens.get(i + 1).text())
                                        || VERBAL_NOUN
                                                .matcher(tokens.get(i + 1).text())
                                                .matches())
                        || (w.equals("со") || w.equals("с"))
                                && i + 1 < to
                                && (tokens.get(i + 1).text().equals("дня")
                                        || tokens.get(i + 1).text().equals("момента"));
                if (ru) {
                    for (int k = i; k < to && piece[k] == piece[i]; k++) {
                        keep[k] = false;
                    }
                }
                if (KY_TIME_BOUNDS.contains(w) && i > from) {
                    keep[i] = false;
                    keep[i - 1] = false;
                }
            }
        }

        /**
         * What the action rests on or takes into account: Russian «с учетом …», «в соответствии с
         * …», «на основании …» to the end of the comma piece; Kyrgyz «… эске алуу менен», «…
         * боюнча», «… ылайык», «… негизинде» back to the action's object («трансферттин
         * көлөмүн <s>калктын санын … эске алуу менен</s>»), since Kyrgyz closes such a phrase
         * with its postposition. The agent's «тарабынан» goes with the agent.
         */
        private void dropBasis(boolean[] keep, int from, int to) {
            for (int i = from; i < to; i++) {
                String w = tokens.get(i).text();
                String next = i + 1 < to ? tokens.get(i + 1).text() : "";
                boolean ru = w.equals("с") && next.equals("учетом")
                        || w.equals("в") && next.equals("соответствии")
                        || w.equals("на") && next.equals("основании");
                if (ru) {
                    for (int k = i; k < to && piece[k] == piece[i]; k++) {
                        keep[k] = false;
                    }
                }
                if (w.equals("тарабынан")) {
                    keep[i] = false;
                }
            }
            for (int i = from; i < to; i++) {
                String w = tokens.get(i).text();
                boolean takingIntoAccount = w.equals("эске")
                        && i + 1 < to
                        && (tokens.get(i + 1).text().equals("алуу")
                                || tokens.get(i + 1).text().equals("алып"));
                if (KY_BASIS.contains(w) || takingIntoAccount) {
                    int head = kyrgyzHead(keep, from, i);
                    int end = takingIntoAccount
                            ? Math.min(to - 1, i + (tokens.get(i + 1).text().equals("алуу") ? 2 : 1))
                            : i;
                    for (int k = head + 1; head >= 0 && k <= end; k++) {
                        keep[k] = false;
                    }
                    return;
                }
            }
        }

        /** The object before a Kyrgyz postposition: the first accusative, else the first nominative head; -1 if none. */
        private int kyrgyzHead(boolean[] keep, int from, int to) {
            int nominative = -1;
            for (int i = from; i < to; i++) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
                char c = keep[i] && !body[i]
                        ? ActionObjects.kyrgyzCase(tokens.get(i).text(), next)
                        : '-';
                if (c == 'a') {
                    return i;
                }
                if (c == 'n' && nominative < 0) {
                    nominative = i;
                }
            }
            return nominative;
        }

        /** Russian: a prepositional phrase between the modal word and its infinitive. */
        private void dropCircumstances(boolean[] keep, int last, int to) {
            if (last + 1 >= to || !PREPOSITIONS.contains(tokens.get(last + 1).text())) {
                return;
            }
            for (int i = last + 1; i < to && piece[i] == piece[last + 1]; i++) {
                if (infinitive(tokens.get(i).text())) {
                    for (int k = last + 1; k < i; k++) {
                        keep[k] = false;
                    }
                    return;
                }
            }
        }
    }

    static boolean infinitive(String w) {
        return INFINITIVE.matcher(w).matches()
                && (!NOUN_IN_ST.matcher(w).matches() || w.endsWith("нести") || w.endsWith("вести"));
    }

    private static int index(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return 0;
    }
}
