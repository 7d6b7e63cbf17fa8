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
        this.modality = Modality.of(text);
        this.stage = Stage.of(text);
        this.role = Bodies.role(text);
        this.definition = DEFINITION.matcher(text).find();
        this.matter = matter(text);
        this.event = event(text);
        this.generalWithExceptions = matter == null && EXCEPTIONS.matcher(text).find();
        this.modalities = java.util.EnumSet.noneOf(Modality.class);
        Modality.all(text).forEach(m -> modalities.add(m.modality()));
        this.bodies = Bodies.find(text);
        this.references = References.find(text);
        this.unit = FindingUnit.of(norm);
        this.actor = Bodies.actor(text, bodies, modality);
        this.post = Bodies.post(text, bodies);
        this.modalBodies = new java.util.HashSet<>();
        for (Modality.Marker m : Modality.all(text)) {
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
