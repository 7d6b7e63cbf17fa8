package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.List;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;

/**
 * What the detectors read from one norm, computed once: its text with the lead-in, analysed
 * terms and their shingles, quantities, modality, bodies and citations.
 */
final class NormFacts {
    final Norm norm;
    final String text;
    final Language language;
    final List<String> terms;
    final List<String> topicTerms;
    /** The topic terms away from the numbers: what the numbers are about, not how they are phrased. */
    final List<String> subjectTerms;
    /** True when the norm speaks of its own act («Настоящий Закон вступает в силу…»). */
    final boolean aboutOwnAct;
    /** True when the norm names its own act in any case («в соответствии с настоящим Законом»). */
    final boolean citesOwnAct;
    /**
     * True when the norm rules on its own act, not only cites it: its scope («Действие настоящего
     * Закона»), acts to follow from it («вытекающие из настоящего Закона»), bringing others into
     * line with it («в соответствие с настоящим Законом»). Such norms of two laws speak of two
     * different laws.
     */
    final boolean rulesOnOwnAct;

    final int[] shingles;
    final List<Quantity> quantities;
    /** The quantities that set a parameter named by a set phrase ({@link Parameters}), with its key. */
    final java.util.Map<Quantity, String> parameters;

    final Modality.Marker modality;
    /** Every modality the norm expresses, in any of its clauses. */
    final java.util.Set<Modality> modalities;

    final List<Bodies.Mention> bodies;
    final List<Reference> references;
    final FindingUnit unit;
    /**
     * True when the norm refers the matter to other law instead of ruling on it («Порядок …
     * определяется в соответствии с Законом …», «Статус … определяется … настоящим Законом»):
     * it gives no power to anyone itself.
     */
    final boolean referral;
    /**
     * What the decision the norm rules on is about, as the first letters of its first word
     * («Решение о самороспуске …» → «самор», «… таркатуу жөнүндө чечим» → «таркат»), or null.
     */
    final String matter;
    /**
     * True when the norm states a general rule that names its own exceptions («за исключением
     * случаев, предусмотренных частью 3», «… учурларды кошпогондо»): a special rule on one
     * matter does not contradict it.
     */
    final boolean generalWithExceptions;
    /**
     * True when the norm defines what a body is («Исполнительным органом … является айыл окмоту»,
     * «… органы болуп саналат», the points of «основные понятия»): it names bodies but gives
     * no power.
     */
    final boolean definition;
    /** The bodies named right before any of the norm's modal words («органы … не вправе»). */
    final java.util.Set<String> modalBodies;
    /** The person the norm addresses («deputy», «servant»…) when it is not a body, or null. */
    final String role;
    /**
     * The event a deadline counts from or to, as the first letters of its noun («не позднее чем
     * за 10 дней до дня проведения публичных слушаний» → «слуша»), or null.
     */
    final String event;
    /** The step of a procedure the norm regulates. */
    final Stage stage;

    /** What each modal word of the norm governs (one action of the main clause when it has none). */
    final List<MarkedAction> actions;
    /** The terms of all the norm's actions together. */
    final List<String> actionTerms;

    /**
     * One action with its modal word and who it is addressed to.
     *
     * @param subject the body the modal word addresses ({@link #subjectOf}), else the norm's
     *     actor; null when none is named
     * @param objects what the action is done to ({@link ActionObjects})
     */
    record MarkedAction(Modality.Marker marker, String subject, List<String> terms, java.util.Set<String> objects) {
        /** Both actions name what they are done to, and it is not the same thing. */
        boolean otherObject(MarkedAction other) {
            return !objects.isEmpty()
                    && !other.objects.isEmpty()
                    && objects.stream().noneMatch(other.objects::contains);
        }
    }

    private static final int ACTION_PREFIX = 5;

    private final Bodies.Mention actor;
    private final Bodies.Mention post;
    private static final int NUMBER_WINDOW = 4;
    private static final java.util.regex.Pattern OWN_ACT_ANY = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(настоящ\\p{L}*\\s+(закон|кодекс)\\p{L}*|ушул\\s+(мыйзам|кодекс)\\p{L}*)");
    private static final java.util.regex.Pattern RULES_ON_OWN_ACT = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})((действи\\p{L}*|из|в\\s+соответствие\\s+с)\\s+настоящ\\p{L}*\\s+(закон|кодекс)\\p{L}*"
                    + "|ушул\\s+(мыйзам|кодекс)\\p{L}*\\s+(колдонул\\p{L}*|келип\\s+чык\\p{L}*|ылайык\\s+келтир\\p{L}*))");
    private static final java.util.regex.Pattern OWN_ACT = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(настоящий\\s+(закон|кодекс)|ушул\\s+(мыйзам|кодекс))(?!\\p{L})");

    private static final java.util.regex.Pattern REFERRAL = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(определя\\p{L}*|регулиру\\p{L}*|устанавлива\\p{L}*)\\s+(в\\s+соответствии|законом|законами"
                    + "|конституци|настоящим)|(мыйзамга|мыйзамдарга|ылайык)\\s+(аныктал|жөнгө\\s+салын)");
    private static final java.util.regex.Pattern ACT =
            java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(закон|мыйзам|конституци)\\p{L}*");

    NormFacts(Norm norm, TermSource analysis) {
        this.norm = norm;
        this.text = norm.fullText();
        this.language = norm.language();
        this.terms = analysis.terms(language, text);
        // Duplicates compare the norm's own words: points of one list share their lead-in.
        this.shingles = MinHash.shingles(analysis.terms(language, norm.text()), DuplicateFinder.SHINGLE);
        this.quantities = Quantities.find(text);
        this.bodies = Bodies.find(text);
        List<Modality.Marker> markers = Modality.all(text, bodies);
        this.modality = Modality.strongest(markers);
        this.stage = Stage.of(text);
        this.role = Bodies.role(text);
        this.definition = DEFINITION.matcher(text).find();
        this.matter = matter(text);
        this.event = event(text);
        this.generalWithExceptions = matter == null && EXCEPTIONS.matcher(text).find();
        this.modalities = java.util.EnumSet.noneOf(Modality.class);
        markers.forEach(m -> modalities.add(m.modality()));
        this.references = References.find(text);
        this.unit = FindingUnit.of(norm);
        this.actor = Bodies.actor(text, bodies, modality);
        this.post = Bodies.post(text, bodies);
        this.modalBodies = new java.util.HashSet<>();
        for (Modality.Marker m : markers) {
            Bodies.Mention before = Bodies.before(text, bodies, m);
            if (before != null) {
                modalBodies.add(before.body());
            }
        }
        this.parameters = new java.util.HashMap<>();
        List<Token> tokens = Token.of(text);
        for (Quantity q : quantities) {
            String p = Parameters.of(tokens, q, holder());
            if (p != null) {
                parameters.put(q, p);
            }
        }
        this.topicTerms = topicTerms(analysis, false);
        List<MarkedAction> read = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Action.Span span : Action.of(text, markers, bodies)) {
            MarkedAction a = action(analysis, span);
            read.add(a);
            all.addAll(a.terms());
        }
        this.actions = List.copyOf(read);
        this.actionTerms = List.copyOf(all);
        this.subjectTerms = topicTerms(analysis, true);
        this.aboutOwnAct = OWN_ACT.matcher(text).find();
        this.citesOwnAct = OWN_ACT_ANY.matcher(text).find();
        this.rulesOnOwnAct = aboutOwnAct || RULES_ON_OWN_ACT.matcher(text).find();
        this.referral = REFERRAL.matcher(text).find()
                && (citesOwnAct || !references.isEmpty() || ACT.matcher(text).find());
    }

    /** The terms that say what the norm is about: without numbers, modality words and body names. */
    private List<String> topicTerms(TermSource analysis, boolean awayFromNumbers) {
        StringBuilder rest = new StringBuilder(text);
        if (awayFromNumbers) {
            List<Token> tokens = Token.of(text);
            for (Quantity q : quantities) {
                int from = Math.max(0, q.token() - NUMBER_WINDOW);
                int to = q.token();
                while (to < tokens.size() && tokens.get(to).start() < q.end()) {
                    to++;
                }
                to = Math.min(tokens.size(), to + NUMBER_WINDOW);
                blank(rest, tokens.get(from).start(), tokens.get(to - 1).end());
            }
        }
        for (Bodies.Mention m : bodies) {
            blank(rest, m.start(), m.end());
        }
        for (Quantity q : quantities) {
            blank(rest, q.start(), q.end());
        }
        for (Reference r : references) {
            blank(rest, r.start(), r.end());
        }
        return contentTerms(analysis, rest);
    }

    /**
     * One action of the norm: its terms are the words of its ranges only, bodies, numbers,
     * citations, modal words and the persons addressed left out (the addressee is compared apart
     * from the action), each cut to its first letters so that the forms of one verb meet
     * («утверждает» / «утверждение», «бекитет» / «бекитүү», «чыгарууга» / «чыгарылат»).
     */
    private MarkedAction action(TermSource analysis, Action.Span span) {
        StringBuilder rest = new StringBuilder(" ".repeat(text.length()));
        for (int[] r : span.ranges()) {
            rest.replace(r[0], r[1], text.substring(r[0], r[1]));
        }
        for (Bodies.Mention m : bodies) {
            blank(rest, m.start(), m.end());
        }
        for (Quantity q : quantities) {
            blank(rest, q.start(), q.end());
        }
        for (Reference r : references) {
            blank(rest, r.start(), r.end());
        }
        for (Token t : Token.of(rest.toString())) {
            if (Bodies.isRoleWord(t.text())) {
                blank(rest, t.start(), t.end());
            }
        }
        List<String> terms = new ArrayList<>();
        for (String term : contentTerms(analysis, rest)) {
            terms.add(term.substring(0, Math.min(ACTION_PREFIX, term.length())));
        }
        List<String> words = new ArrayList<>();
        for (Token t : Token.of(rest.toString())) {
            words.add(t.text());
        }
        Modality.Marker m = span.marker();
        return new MarkedAction(m, subjectOf(m), terms, ActionObjects.of(words, language == Language.KIR));
    }

    private List<String> contentTerms(TermSource analysis, StringBuilder rest) {
        List<String> out = new ArrayList<>();
        for (Token t : Token.of(rest.toString())) {
            if (t.isNumber()
                    || Modality.isMarkerWord(t.text())
                    || t.text().equals("не")
                    || t.text().equals("эмес")) {
                blank(rest, t.start(), t.end());
            }
        }
        for (String term : analysis.terms(language, rest.toString())) {
            if (!term.isBlank() && !Character.isDigit(term.charAt(0))) {
                out.add(term);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MATTER_RU =
            java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(решени\\p{L}*\\s+(о|об)|по\\s+вопросам)\\s+(\\p{L}+)");
    private static final java.util.regex.Pattern MATTER_KY = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}-])([\\p{L}-]+)\\s+(жөнүндө\\s+чечим|маселелери\\s+боюнча)");

    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(является|являются|болуп\\s+саналат|болуп\\s+эсептелет|понятия|түшүнүктөр)(?!\\p{L})");
    private static final java.util.regex.Pattern EXCEPTIONS = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(за\\s+исключением|кроме\\s+случаев|кошпогондо|тышкары\\s+учурлар)");

    private static final java.util.regex.Pattern EVENT =
            java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})проведени\\p{L}*((?:\\s+\\p{L}+){1,3})");
    private static final java.util.regex.Pattern ADJECTIVE =
            java.util.regex.Pattern.compile("\\p{L}+(ых|их|ого|его|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ом|ем)");

    private static final java.util.regex.Pattern AGENDA =
            java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})повестк\\p{L}*\\s+дня\\s+(\\p{L}+)");
    private static final java.util.regex.Pattern EVENT_KY =
            java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(\\p{L}+)\\s+(?:өткөрүүнүн\\s+)?убактыс");

    /**
     * The noun after «проведения» (adjectives skipped) or «повестки дня», or in Kyrgyz the word
     * whose time is announced («сессиянын убактысы», «угууларды өткөрүүнүн убактысы»); null when
     * the text names none.
     */
    static String event(String text) {
        java.util.regex.Matcher ky = EVENT_KY.matcher(text);
        if (ky.find()) {
            return stem(ky.group(1));
        }
        java.util.regex.Matcher agenda = AGENDA.matcher(text);
        if (agenda.find()) {
            return stem(agenda.group(1));
        }
        java.util.regex.Matcher m = EVENT.matcher(text);
        while (m.find()) {
            for (String w : m.group(1).trim().split("\\s+")) {
                String word = w.toLowerCase(java.util.Locale.ROOT);
                if (word.equals("их") || word.equals("его") || word.equals("ее")) {
                    break;
                }
                if (!ADJECTIVE.matcher(word).matches()) {
                    return stem(word);
                }
            }
        }
        return null;
    }

    static String matter(String text) {
        java.util.regex.Matcher m = MATTER_RU.matcher(text);
        if (m.find()) {
            return stem(m.group(3));
        }
        m = MATTER_KY.matcher(text);
        return m.find() ? stem(m.group(1)) : null;
    }

    private static String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        return w.substring(0, Math.min(6, w.length()));
    }

    private static void blank(StringBuilder s, int start, int end) {
        for (int i = start; i < end; i++) {
            s.setCharAt(i, ' ');
        }
    }

    /**
     * Who a modal word addresses: the body right before it; in Kyrgyz, where the subject opens
     * the clause and the modal word closes it, the first body of its clause in the nominative
     * («мамлекеттик бийлик органдары мындай чечимдердин аракетин токтотууга укугу жок», not the
     * genitive «Кеңештин» of an earlier clause); else the norm's actor.
     */
    private String subjectOf(Modality.Marker m) {
        if (m.modality() == Modality.NONE) {
            return actor == null ? null : actor.body();
        }
        Bodies.Mention before = Bodies.before(text, bodies, m);
        if (before != null) {
            return before.body();
        }
        if (language == Language.KIR) {
            int clause = Math.max(
                    Math.max(text.lastIndexOf(';', m.start()), text.lastIndexOf(':', m.start())),
                    text.lastIndexOf('.', m.start()));
            for (Bodies.Mention b : bodies) {
                List<Token> name = Token.of(text.substring(b.start(), b.end()));
                if (b.start() > clause
                        && b.end() <= m.start()
                        && ActionObjects.kyrgyzNominative(
                                name.get(name.size() - 1).text())) {
                    return b.body();
                }
            }
        }
        return actor == null ? null : actor.body();
    }

    Bodies.Mention actor() {
        return actor;
    }

    /** The body the norm's numbers are about: the one that acts, else the post it fills, else null. */
    Bodies.Mention subject() {
        return actor != null ? actor : post;
    }

    /**
     * Whose parameter the norm sets: the person it addresses, else the first body it names
     * («Депутат … избирается сроком на …», «Срок полномочий депутата …»); null when it names none.
     */
    String holder() {
        return role != null ? role : bodies.isEmpty() ? null : bodies.get(0).body();
    }

    /** The bodies named in the norm that are neither its actor's alias nor only proposing or agreeing. */
    List<Bodies.Mention> objectBodies() {
        List<Token> tokens = Token.of(text);
        return bodies.stream()
                .filter(m -> !Bodies.proposer(tokens, m) && !Bodies.alias(text, m, bodies))
                .toList();
    }

    String address() {
        return unit.address();
    }
}
